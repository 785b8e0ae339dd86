package id.inovik.api.innovation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The innovation was implemented (penerapan). */
@Revision("1")
public record InnovationImplementedEvent(
    String innovationId, String regionCode, LocalDate implementedOn) implements InnovationEvent {}
