package id.inovik.api.innovation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The regional head established the innovation by decree (SK / Perkada). */
@Revision("1")
public record InnovationEstablishedEvent(
    String innovationId, String regionCode, String decreeNumber, LocalDate decreeDate)
    implements InnovationEvent {}
