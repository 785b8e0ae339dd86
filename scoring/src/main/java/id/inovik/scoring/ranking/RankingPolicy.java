package id.inovik.scoring.ranking;

import java.util.List;

/**
 * How a category is ranked: by IID (highest first), then the tie-break chain in order; entries
 * still equal after the whole chain are ties and share ranks by {@code method}.
 *
 * <p>The default, {@link #DEFAULT}, is standard competition ranking with the chain higher SID,
 * higher SPD, earlier submission (docs/domain/awards.md#ties). An empty chain ranks on IID alone.
 */
public record RankingPolicy(TieMethod method, List<TieBreak> tieBreaks) {
  public static final RankingPolicy DEFAULT =
      new RankingPolicy(
          TieMethod.STANDARD,
          List.of(TieBreak.HIGHER_SID, TieBreak.HIGHER_SPD, TieBreak.EARLIER_SUBMISSION));

  public RankingPolicy {
    method = method == null ? TieMethod.STANDARD : method;
    tieBreaks = tieBreaks == null ? DEFAULT.tieBreaks : List.copyOf(tieBreaks);
    if (tieBreaks.stream().distinct().count() != tieBreaks.size()) {
      throw new IllegalArgumentException("a tie-break criterion is listed twice: " + tieBreaks);
    }
  }

  public RankingPolicy withMethod(TieMethod other) {
    return new RankingPolicy(other, tieBreaks);
  }
}
