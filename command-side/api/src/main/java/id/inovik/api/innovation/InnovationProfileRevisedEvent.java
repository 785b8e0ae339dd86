package id.inovik.api.innovation;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Profile fields were revised. Carries the whole new profile (so a projection needs no earlier
 * state to apply it) and the names of the fields that changed.
 */
@Revision("1")
public record InnovationProfileRevisedEvent(
    String innovationId, String regionCode, InnovationProfile profile, List<String> changedFields)
    implements InnovationEvent {

  public InnovationProfileRevisedEvent {
    changedFields = List.copyOf(changedFields);
  }
}
