package id.inovik.scoring.ranking;

import java.math.BigDecimal;

/**
 * A ranked standing.
 *
 * @param rank under the policy's tie method; "2.5" only with fractional ties
 * @param previousRank the rank in the previous edition's same category, or null
 * @param movement previousRank - rank: positive moved up, negative down, null when new
 */
public record RankedEntry(
    BigDecimal rank, Standing standing, BigDecimal previousRank, BigDecimal movement) {}
