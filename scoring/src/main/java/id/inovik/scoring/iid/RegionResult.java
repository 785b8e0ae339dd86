package id.inovik.scoring.iid;

import id.inovik.scoring.region.Region;
import java.util.List;

/**
 * A region's IID for one edition, claimed and validated side by side, with the breakdown a
 * committee member reads: every row's weight x option, the rules that fired, what validation took
 * away and what is still at risk.
 *
 * @param validated the score that counts (equal to claimed where nothing was validated yet)
 * @param validationLosses IID points lost per indicator between claimed and validated, largest
 *     first
 * @param pointsAtRisk IID points per indicator that rest on claims not validated yet, plus the
 *     innovation-count score when one lost innovation would break the basic-service rule
 * @param ranks the region's place in each award category (filled by edition scoring)
 */
public record RegionResult(
    Region region,
    int edition,
    IidScore claimed,
    IidScore validated,
    Delta delta,
    ValidationSummary validation,
    List<RuleExplanation> rules,
    List<IndicatorImpact> validationLosses,
    List<IndicatorImpact> pointsAtRisk,
    List<RowExplanation> spd,
    List<InnovationExplanation> innovations,
    List<String> ignoredIndicators,
    List<CategoryRank> ranks) {

  public RegionResult withRanks(List<CategoryRank> categoryRanks) {
    return new RegionResult(
        region,
        edition,
        claimed,
        validated,
        delta,
        validation,
        rules,
        validationLosses,
        pointsAtRisk,
        spd,
        innovations,
        ignoredIndicators,
        categoryRanks);
  }

  /** The same result without the per-row breakdown (for listings of many regions). */
  public RegionResult summary() {
    return new RegionResult(
        region,
        edition,
        claimed,
        validated,
        delta,
        validation,
        rules,
        validationLosses,
        pointsAtRisk,
        List.of(),
        List.of(),
        ignoredIndicators,
        ranks);
  }
}
