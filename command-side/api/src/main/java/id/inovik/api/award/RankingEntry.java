package id.inovik.api.award;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One region's place in a recorded ranking, with the numbers the rank was decided on (validated
 * values; see {@link RecordedRanking}).
 *
 * @param rank the rank under the ranking policy's tie rule (equal values may share a rank; the
 *     fractional rule gives halves)
 * @param pendingRows claimed rows of the region without a validator's decision when the ranking was
 *     computed (they counted as claimed)
 */
public record RankingEntry(
    BigDecimal rank,
    String regionCode,
    String name,
    BigDecimal iid,
    BigDecimal sid,
    BigDecimal spd,
    String predikat,
    Instant submittedAt,
    int pendingRows) {}
