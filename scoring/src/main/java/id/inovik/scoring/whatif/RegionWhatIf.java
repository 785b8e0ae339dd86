package id.inovik.scoring.whatif;

import java.math.BigDecimal;
import java.util.List;

/** One region's validated IID and ranks under the original and the other rubric. */
public record RegionWhatIf(
    String regionCode,
    String name,
    BigDecimal iidFrom,
    BigDecimal iidTo,
    BigDecimal change,
    String predikatFrom,
    String predikatTo,
    List<CategoryMove> moves,
    List<String> ignoredIndicators) {

  /** The largest rank movement in any category, in absolute value. */
  public BigDecimal largestMove() {
    return moves.stream()
        .map(CategoryMove::movement)
        .filter(m -> m != null)
        .map(BigDecimal::abs)
        .max(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }
}
