package id.inovik.scoring.iid;

import java.math.BigDecimal;

/**
 * A region's place in one award category.
 *
 * @param rank under the ranking policy's tie method ("2.5" for fractional ties)
 * @param of entries in the category
 * @param previousRank rank in the previous edition, or null when it was not ranked there
 * @param movement previousRank - rank (positive = moved up), or null when new
 */
public record CategoryRank(
    String category,
    String label,
    BigDecimal rank,
    int of,
    BigDecimal previousRank,
    BigDecimal movement) {}
