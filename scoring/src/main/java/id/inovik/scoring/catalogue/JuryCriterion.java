package id.inovik.scoring.catalogue;

import java.math.BigDecimal;

/** A presentation criterion and its weight in percent. */
public record JuryCriterion(String code, String label, BigDecimal weight) {}
