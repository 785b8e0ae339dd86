package id.inovik.scoring.iid;

import java.math.BigDecimal;

/**
 * One side (claimed or validated) of a region's IID, every number as published: two decimals.
 *
 * @param spd SPD points
 * @param sidIndicatorPart sum of SID_j over the counted innovations divided by the divisor
 * @param countScore innovation-count points (0 when the basic-service rule fails)
 * @param sid sidIndicatorPart + countScore
 * @param total spd + sid
 * @param iid total / maximum x 100
 * @param innovations n, the counted innovations
 * @param divisor MAX(k, n)
 * @param basicServicesCovered basic-service affairs covered (0 when the edition has no such rule)
 * @param basicServiceRuleMet false only when the edition's coverage rule failed
 */
public record IidScore(
    BigDecimal spd,
    BigDecimal sidIndicatorPart,
    BigDecimal countScore,
    BigDecimal sid,
    BigDecimal total,
    BigDecimal iid,
    String predikat,
    int innovations,
    int divisor,
    int basicServicesCovered,
    boolean basicServiceRuleMet) {}
