package id.inovik.scoring.uncertainty;

import java.math.BigDecimal;

/**
 * How sure a region's rank in one category is.
 *
 * @param rank the rank on the data as submitted (null when the point estimate has none)
 * @param p5 5th percentile of the bootstrap ranks (nearest-rank method)
 * @param median 50th percentile
 * @param p95 95th percentile
 * @param probabilityTopN share of replicates with rank at most N
 */
public record RankInterval(
    String regionCode,
    String name,
    BigDecimal rank,
    int p5,
    int median,
    int p95,
    double probabilityTopN) {}
