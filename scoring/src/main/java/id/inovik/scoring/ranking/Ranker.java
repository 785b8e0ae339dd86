package id.inovik.scoring.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Ranks standings under a policy; pure and deterministic whatever the input order. */
public final class Ranker {
  private Ranker() {}

  /** Best first under IID and the policy's tie-break chain; 0 means tied. */
  public static Comparator<Standing> order(RankingPolicy policy) {
    Comparator<Standing> order = Comparator.comparing(Standing::iid).reversed();
    for (TieBreak tieBreak : policy.tieBreaks()) {
      order =
          switch (tieBreak) {
            case HIGHER_SID -> order.thenComparing(Standing::sid, Comparator.reverseOrder());
            case HIGHER_SPD -> order.thenComparing(Standing::spd, Comparator.reverseOrder());
            case MORE_INNOVATIONS ->
                order.thenComparing(Standing::innovations, Comparator.reverseOrder());
            case EARLIER_SUBMISSION ->
                order.thenComparing(
                    Standing::submittedAt,
                    Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
          };
    }
    return order;
  }

  /**
   * Ranks the standings. {@code previous} maps region code to the rank in the previous edition (may
   * be empty).
   */
  public static List<RankedEntry> rank(
      List<Standing> standings, RankingPolicy policy, Map<String, BigDecimal> previous) {
    Comparator<Standing> order = order(policy);
    List<Standing> sorted = new ArrayList<>(standings);
    sorted.sort(order.thenComparing(Standing::regionCode));
    List<BigDecimal> ranks = ranks(sorted, order, policy.method());
    List<RankedEntry> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Standing standing = sorted.get(i);
      BigDecimal before = previous.get(standing.regionCode());
      ranked.add(
          new RankedEntry(
              ranks.get(i),
              standing,
              before,
              before == null ? null : before.subtract(ranks.get(i))));
    }
    return ranked;
  }

  /** {@code twice / 2} as "3" or "2.5". */
  private static BigDecimal halves(long twice) {
    return twice % 2 == 0 ? BigDecimal.valueOf(twice / 2) : BigDecimal.valueOf(twice * 5, 1);
  }

  /**
   * Ranks of already sorted items (best first), where {@code tie} says which neighbours are equal.
   */
  public static <T> List<BigDecimal> ranks(
      List<T> sorted, Comparator<? super T> tie, TieMethod method) {
    List<BigDecimal> ranks = new ArrayList<>(sorted.size());
    int groupStart = 0;
    int dense = 0;
    while (groupStart < sorted.size()) {
      int groupEnd = groupStart + 1;
      while (groupEnd < sorted.size()
          && tie.compare(sorted.get(groupStart), sorted.get(groupEnd)) == 0) {
        groupEnd++;
      }
      dense++;
      for (int position = groupStart; position < groupEnd; position++) {
        ranks.add(
            switch (method) {
              case STANDARD -> BigDecimal.valueOf(groupStart + 1L);
              case MODIFIED -> BigDecimal.valueOf(groupEnd);
              case DENSE -> BigDecimal.valueOf(dense);
              case ORDINAL -> BigDecimal.valueOf(position + 1L);
              case FRACTIONAL -> halves(groupStart + 1L + groupEnd);
            });
      }
      groupStart = groupEnd;
    }
    return ranks;
  }
}
