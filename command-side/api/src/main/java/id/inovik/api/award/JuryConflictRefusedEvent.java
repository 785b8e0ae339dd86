package id.inovik.api.award;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An assignment or a score was refused because the entry's region lies in the juror's home province
 * (conflict of interest). Nothing else changed; the attempt is kept so that it can be audited.
 *
 * @param jurorProvinceCode the juror's home province
 * @param regionCode the entry's region, whose first two digits are that province
 */
@Revision("1")
public record JuryConflictRefusedEvent(
    String juryId,
    String editionId,
    String jurorId,
    String jurorProvinceCode,
    String entryId,
    String regionCode,
    JuryAction attempted,
    Instant refusedAt)
    implements JuryEvent {}
