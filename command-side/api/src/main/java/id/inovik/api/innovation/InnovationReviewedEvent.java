package id.inovik.api.innovation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The regional R\&amp;D team reviewed the proposal: feasible (layak) or not, with a reason. */
@Revision("1")
public record InnovationReviewedEvent(
    String innovationId, String regionCode, boolean feasible, String reason, LocalDate reviewedOn)
    implements InnovationEvent {}
