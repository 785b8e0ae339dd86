package id.inovik.api.innovation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A stopped innovation runs again (berlanjut). */
@Revision("1")
public record InnovationResumedEvent(String innovationId, String regionCode, LocalDate resumedOn)
    implements InnovationEvent {}
