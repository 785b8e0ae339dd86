package id.inovik.api.award;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The nominees of one award category, as the measurement stage's result; replaces an earlier list
 * of the same category.
 *
 * @param ranking the category's ranking the nominees were taken from; null in revision 1 events and
 *     for programmes without a rubric
 */
@Revision("2")
public record AwardNomineesDeclaredEvent(
    String editionId,
    String programme,
    int year,
    String category,
    List<String> regionCodes,
    Instant declaredAt,
    RecordedRanking ranking)
    implements EditionEvent {}
