package id.inovik.scoring.iid;

import id.inovik.scoring.catalogue.MandatoryRule;
import java.util.List;

/**
 * What the edition's rules did to one region, as numbers and lists only. {@link RuleWording} puts
 * them into words; the calculator decides them, so wording can change (or another language be
 * added) without touching the arithmetic.
 *
 * @param divisorMinimum k of the edition
 * @param claimed the region's score as claimed
 * @param validated the region's score after validation
 * @param countCap innovations beyond this add nothing to the count score
 * @param countPointsHundredths points per counted innovation, in hundredths
 * @param basicService the basic-service coverage, or null when the edition has no such rule
 * @param mandatoryRule what a missing mandatory indicator does in this edition
 * @param mandatoryMissing innovations missing a mandatory indicator after validation, with the
 *     indicator codes
 * @param validation how the claims fared in validation
 */
public record RuleFacts(
    int divisorMinimum,
    IidScore claimed,
    IidScore validated,
    int countCap,
    long countPointsHundredths,
    BasicServiceCoverage basicService,
    MandatoryRule mandatoryRule,
    List<MandatoryGap> mandatoryMissing,
    ValidationSummary validation) {

  /**
   * @param minimumCovered how many basic-service affairs the edition requires
   * @param affairs how many basic-service affairs there are
   * @param covered labels of the affairs covered after validation
   * @param missing labels of the affairs not covered
   */
  public record BasicServiceCoverage(
      int minimumCovered, int affairs, List<String> covered, List<String> missing) {}

  /** An innovation whose mandatory indicators are missing or rejected. */
  public record MandatoryGap(String innovationId, List<String> indicatorCodes) {}
}
