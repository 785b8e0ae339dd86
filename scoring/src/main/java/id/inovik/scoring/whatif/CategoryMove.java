package id.inovik.scoring.whatif;

import java.math.BigDecimal;

/**
 * A region's rank in one category under both rubrics; a rank is null where the region is not in
 * that category under that edition.
 *
 * @param movement rankFrom - rankTo (positive = moves up), or null
 */
public record CategoryMove(
    String category, BigDecimal rankFrom, BigDecimal rankTo, BigDecimal movement) {}
