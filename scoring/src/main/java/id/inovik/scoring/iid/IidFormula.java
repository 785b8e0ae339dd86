package id.inovik.scoring.iid;

import id.inovik.scoring.catalogue.Edition;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The IID formula of docs/domain/iid.md#formula in exact integer arithmetic. Points are carried in
 * hundredths (every weight has at most two decimals and options are integers), so sums are exact
 * and do not depend on the order of innovations; the one division, by MAX(k, n), is done once, at
 * the end, and the IID is rounded half up to two decimals from the exact fraction.
 */
public final class IidFormula {
  private final Edition edition;
  private final long maximumHundredths;

  public IidFormula(Edition edition) {
    this.edition = edition;
    this.maximumHundredths = edition.maximumTotal().movePointRight(2).longValueExact();
  }

  public Edition edition() {
    return edition;
  }

  /** MAX(k, n). */
  public int divisor(int innovations) {
    return Math.max(edition.divisorMinimum(), innovations);
  }

  /** True when the basic-service rule is met or the edition has none. */
  public boolean basicServiceRuleMet(int coveredMask) {
    return edition.basicServiceRule() == null || edition.basicServiceRule().isMet(coveredMask);
  }

  /** Innovation-count points in hundredths: 0.38 x min(n, 200), or 0 when coverage fails. */
  public long countHundredths(int innovations, int coveredMask) {
    if (!basicServiceRuleMet(coveredMask)) {
      return 0;
    }
    return edition.countPointsHundredths() * Math.min(innovations, edition.countCap());
  }

  /**
   * The IID in hundredths (4704 = 47.04), rounded half up from the exact value.
   *
   * @param spdHundredths SPD points in hundredths
   * @param sidSumHundredths sum of the counted innovations' SID_j in hundredths
   * @param innovations n
   * @param coveredMask basic-service affairs covered, one bit each
   */
  public long iidHundredths(
      long spdHundredths, long sidSumHundredths, int innovations, int coveredMask) {
    int divisor = divisor(innovations);
    long numerator =
        totalTimesDivisor(spdHundredths, sidSumHundredths, innovations, coveredMask) * 10_000L;
    long denominator = divisor * maximumHundredths;
    return (2 * numerator + denominator) / (2 * denominator);
  }

  /** SID (indicator part plus count points) in hundredths, rounded half up. */
  public long sidHundredths(long sidSumHundredths, int innovations, int coveredMask) {
    int divisor = divisor(innovations);
    return roundedDiv(
        sidSumHundredths + countHundredths(innovations, coveredMask) * divisor, divisor);
  }

  /** The full published score of one side. */
  public IidScore score(
      long spdHundredths, long sidSumHundredths, int innovations, int coveredMask) {
    int divisor = divisor(innovations);
    long count = countHundredths(innovations, coveredMask);
    long total = totalTimesDivisor(spdHundredths, sidSumHundredths, innovations, coveredMask);
    BigDecimal iid =
        BigDecimal.valueOf(
            iidHundredths(spdHundredths, sidSumHundredths, innovations, coveredMask), 2);
    return new IidScore(
        BigDecimal.valueOf(spdHundredths, 2),
        BigDecimal.valueOf(roundedDiv(sidSumHundredths, divisor), 2),
        BigDecimal.valueOf(count, 2),
        BigDecimal.valueOf(sidHundredths(sidSumHundredths, innovations, coveredMask), 2),
        BigDecimal.valueOf(roundedDiv(total, divisor), 2),
        iid,
        edition.predikat(iid),
        innovations,
        divisor,
        Integer.bitCount(coveredMask),
        basicServiceRuleMet(coveredMask));
  }

  /** IID points (not hundredths) that {@code hundredths} of total points are worth. */
  public BigDecimal toIidPoints(BigDecimal totalPoints) {
    return totalPoints
        .multiply(BigDecimal.valueOf(100))
        .divide(edition.maximumTotal(), 2, RoundingMode.HALF_UP);
  }

  private long totalTimesDivisor(
      long spdHundredths, long sidSumHundredths, int innovations, int coveredMask) {
    int divisor = divisor(innovations);
    return spdHundredths * divisor
        + sidSumHundredths
        + countHundredths(innovations, coveredMask) * divisor;
  }

  private static long roundedDiv(long numerator, long denominator) {
    return (2 * numerator + denominator) / (2 * denominator);
  }
}
