package id.inovik.api.award;

import java.math.BigDecimal;

/**
 * A nominee's jury result as published: the juror averages of the presentation and the field
 * validation, raw and after the normalisation of the jury method, the final value combining them,
 * and the rank on it within the category. Values are on the 0-100 scale, rounded to 4 decimals.
 *
 * @param rank null when the nominee's scores are incomplete (no presentation or no field score)
 */
public record JuryStanding(
    String regionCode,
    BigDecimal presentation,
    BigDecimal presentationNormalised,
    BigDecimal field,
    BigDecimal fieldNormalised,
    BigDecimal finalValue,
    BigDecimal rank,
    boolean complete) {}
