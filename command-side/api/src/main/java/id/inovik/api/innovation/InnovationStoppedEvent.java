package id.inovik.api.innovation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The innovation stopped running (berhenti / vakum). */
@Revision("1")
public record InnovationStoppedEvent(
    String innovationId, String regionCode, LocalDate stoppedOn, String reason)
    implements InnovationEvent {}
