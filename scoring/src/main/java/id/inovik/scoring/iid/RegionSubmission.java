package id.inovik.scoring.iid;

import id.inovik.scoring.region.Region;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one region submitted for an edition: its SPD claims and its innovations, with validation
 * outcomes where known. The SPD part may be given directly as {@code spdScore} instead of claims.
 *
 * @param submittedAt when the submission was completed (a tie-break), or null
 */
public record RegionSubmission(
    Region region,
    Map<String, IndicatorClaim> spd,
    BigDecimal spdScore,
    BigDecimal validatedSpdScore,
    List<InnovationSubmission> innovations,
    Instant submittedAt) {

  public RegionSubmission {
    Objects.requireNonNull(region, "region");
    spd = InnovationSubmission.canonicalCodes(spd);
    innovations = innovations == null ? List.of() : List.copyOf(innovations);
    if (validatedSpdScore != null && spdScore == null) {
      throw new IllegalArgumentException("validatedSpdScore needs spdScore");
    }
    if (spdScore != null && !spd.isEmpty()) {
      throw new IllegalArgumentException("give either SPD claims or spdScore, not both");
    }
  }

  public static RegionSubmission of(
      Region region, Map<String, IndicatorClaim> spd, List<InnovationSubmission> innovations) {
    return new RegionSubmission(region, spd, null, null, innovations, null);
  }

  public RegionSubmission withInnovations(List<InnovationSubmission> changed) {
    return new RegionSubmission(region, spd, spdScore, validatedSpdScore, changed, submittedAt);
  }

  public RegionSubmission withSpd(Map<String, IndicatorClaim> changed) {
    return new RegionSubmission(
        region, changed, spdScore, validatedSpdScore, innovations, submittedAt);
  }
}
