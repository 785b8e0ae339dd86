package id.inovik.api.award;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A shortlist of a jury-only programme was decided (or decided again, replacing the earlier one).
 *
 * @param ranking the jury ranking it came from: every eligible entry, best first
 * @param selected the entries on the shortlist, in rank order
 */
@Revision("1")
public record ShortlistDecidedEvent(
    String juryId,
    String editionId,
    Shortlist shortlist,
    List<RankedEntry> ranking,
    List<String> selected,
    Instant decidedAt)
    implements JuryEvent {}
