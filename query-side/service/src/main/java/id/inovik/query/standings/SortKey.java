package id.inovik.query.standings;

import id.inovik.scoring.ranking.RankingPolicy;
import id.inovik.scoring.ranking.TieBreak;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A keyword whose byte order is the ranking policy's order (greater = better): the validated IID,
 * then the policy's tie-break chain, each as fixed-width digits of the published two-decimal number
 * (an earlier submission as the complement of its nanoseconds, no time as all zeros). Two regions
 * tie exactly when their keys are equal, so "strictly better" is a range query.
 */
public final class SortKey {

  /** The policy the keys are built for: the one the command side's decisions rank with. */
  public static final RankingPolicy POLICY = RankingPolicy.DEFAULT;

  private SortKey() {}

  public static String of(
      BigDecimal iid, BigDecimal sid, BigDecimal spd, int innovations, Instant submittedAt) {
    StringBuilder key = new StringBuilder(hundredths(iid, 6));
    for (TieBreak tieBreak : POLICY.tieBreaks()) {
      key.append('|');
      switch (tieBreak) {
        case HIGHER_SID -> key.append(hundredths(sid, 9));
        case HIGHER_SPD -> key.append(hundredths(spd, 9));
        case MORE_INNOVATIONS -> key.append(pad(innovations, 9));
        case EARLIER_SUBMISSION -> key.append(earlier(submittedAt));
      }
    }
    return key.toString();
  }

  private static String hundredths(BigDecimal value, int width) {
    long v = value.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    if (v < 0) {
      throw new IllegalArgumentException("negative number in a sort key: " + value);
    }
    return pad(v, width);
  }

  private static String earlier(Instant at) {
    if (at == null) {
      return pad(0, 19);
    }
    long nanos =
        Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    return pad(Long.MAX_VALUE - nanos, 19);
  }

  private static String pad(long value, int width) {
    String digits = Long.toString(value);
    if (digits.length() > width) {
      throw new IllegalArgumentException(value + " does not fit " + width + " digits");
    }
    return "0".repeat(width - digits.length()) + digits;
  }
}
