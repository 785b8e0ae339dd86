package id.inovik.api.innovation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The innovation went on trial (uji coba). */
@Revision("1")
public record InnovationTrialStartedEvent(
    String innovationId, String regionCode, LocalDate startedOn) implements InnovationEvent {}
