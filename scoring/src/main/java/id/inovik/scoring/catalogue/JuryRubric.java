package id.inovik.scoring.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The presentation rubric of an edition: weighted criteria scored on a 0-100 scale.
 *
 * @param id resource id, e.g. "presentation-2023"
 */
public record JuryRubric(String id, List<JuryCriterion> criteria, Provenance provenance) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public JuryRubric {
    criteria = List.copyOf(criteria);
    BigDecimal sum =
        criteria.stream().map(JuryCriterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(HUNDRED) != 0) {
      throw new IllegalArgumentException("rubric " + id + " weights sum to " + sum + ", not 100");
    }
  }

  /**
   * Weighted total on the 0-100 scale of one juror's criterion scores; a missing criterion counts
   * 0.
   */
  public double weightedTotal(Map<String, Double> criterionScores) {
    for (String code : criterionScores.keySet()) {
      if (criteria.stream().noneMatch(c -> c.code().equals(code))) {
        throw new IllegalArgumentException("unknown criterion " + code + " for rubric " + id);
      }
    }
    double total = 0;
    for (JuryCriterion criterion : criteria) {
      double score = criterionScores.getOrDefault(criterion.code(), 0.0);
      total += criterion.weight().doubleValue() * score;
    }
    return total / 100.0;
  }
}
