package id.inovik.api.award;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A juror was assigned to an entry of the edition.
 *
 * @param entryId what the jury scores: a nominee's region code in an IID programme (IGA), a
 *     proposal's innovation id in a jury-only one (KIPP)
 * @param regionCode the entry's region (the nominee itself, or the innovation's region)
 */
@Revision("1")
public record JurorAssignedEvent(
    String juryId,
    String editionId,
    String jurorId,
    String entryId,
    String regionCode,
    Instant assignedAt)
    implements JuryEvent {}
