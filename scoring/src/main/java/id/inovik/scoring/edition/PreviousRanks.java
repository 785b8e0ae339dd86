package id.inovik.scoring.edition;

import id.inovik.scoring.ranking.CategoryRanking;
import id.inovik.scoring.ranking.RankedEntry;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Ranks of a previous edition per category code and region code, to show rank movement. Regions are
 * matched by code; categories by code ({@code nasional} for the national list).
 */
public record PreviousRanks(Map<String, Map<String, BigDecimal>> byCategory) {
  public static final PreviousRanks NONE = new PreviousRanks(Map.of());
  public static final String NATIONAL = "nasional";

  public PreviousRanks {
    Map<String, Map<String, BigDecimal>> copy = new HashMap<>();
    byCategory.forEach((category, ranks) -> copy.put(category, Map.copyOf(ranks)));
    byCategory = Map.copyOf(copy);
  }

  public static PreviousRanks of(EditionResult previous) {
    Map<String, Map<String, BigDecimal>> ranks = new HashMap<>();
    ranks.put(NATIONAL, ranksOf(previous.national()));
    previous.categories().forEach(c -> ranks.put(c.category(), ranksOf(c)));
    return new PreviousRanks(ranks);
  }

  private static Map<String, BigDecimal> ranksOf(CategoryRanking ranking) {
    Map<String, BigDecimal> ranks = new HashMap<>();
    for (RankedEntry entry : ranking.entries()) {
      ranks.put(entry.standing().regionCode(), entry.rank());
    }
    return ranks;
  }

  public Map<String, BigDecimal> in(String category) {
    return byCategory.getOrDefault(category, Map.of());
  }
}
