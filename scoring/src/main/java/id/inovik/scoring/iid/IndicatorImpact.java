package id.inovik.scoring.iid;

import id.inovik.scoring.catalogue.Aspect;
import java.math.BigDecimal;

/**
 * IID points that depend on one indicator: lost in validation, or resting on claims not yet
 * validated. SID rows are converted through the validated divisor, so the figures per indicator add
 * up to the total only approximately when validation changes n.
 *
 * @param code indicator code, or {@code jumlah-inovasi} for the innovation-count score
 * @param rows how many rows (SPD row or innovation rows) contribute
 */
public record IndicatorImpact(
    String code, String label, Aspect aspect, int rows, BigDecimal iidPoints) {}
