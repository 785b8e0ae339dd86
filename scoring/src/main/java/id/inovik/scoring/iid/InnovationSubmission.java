package id.inovik.scoring.iid;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One innovation of a region as the scoring sees it: its government affairs and its SID indicator
 * claims. Instead of indicator claims a submission may carry the SID_j score itself ({@code
 * sidScore}, with an optional {@code validatedSidScore}), e.g. when only the published number is
 * known; mandatory-indicator rules then cannot be checked.
 *
 * @param indicators claims by indicator code; a missing code is an empty row
 */
public record InnovationSubmission(
    String id,
    String name,
    String mainAffair,
    List<String> relatedAffairs,
    Map<String, IndicatorClaim> indicators,
    BigDecimal sidScore,
    BigDecimal validatedSidScore) {

  public InnovationSubmission {
    Objects.requireNonNull(id, "innovation id");
    name = name == null ? "" : name;
    mainAffair = mainAffair == null ? "" : mainAffair;
    relatedAffairs = relatedAffairs == null ? List.of() : List.copyOf(relatedAffairs);
    indicators = canonicalCodes(indicators);
    if (validatedSidScore != null && sidScore == null) {
      throw new IllegalArgumentException("validatedSidScore needs sidScore");
    }
    if (sidScore != null && !indicators.isEmpty()) {
      throw new IllegalArgumentException("give either indicator claims or sidScore, not both");
    }
  }

  /**
   * Claims keyed by lower-case indicator code, sorted; two keys that differ only in case are
   * refused.
   */
  static Map<String, IndicatorClaim> canonicalCodes(Map<String, IndicatorClaim> claims) {
    Map<String, IndicatorClaim> canonical = new TreeMap<>();
    if (claims != null) {
      claims.forEach(
          (code, claim) -> {
            Objects.requireNonNull(claim, "claim of indicator " + code);
            if (canonical.put(code.trim().toLowerCase(Locale.ROOT), claim) != null) {
              throw new IllegalArgumentException("indicator " + code + " is given twice");
            }
          });
    }
    return Collections.unmodifiableMap(canonical);
  }

  /** An innovation scored from indicator claims. */
  public static InnovationSubmission of(
      String id,
      String mainAffair,
      List<String> relatedAffairs,
      Map<String, IndicatorClaim> indicators) {
    return new InnovationSubmission(id, id, mainAffair, relatedAffairs, indicators, null, null);
  }

  /** An innovation whose SID_j is given directly. */
  public static InnovationSubmission withScore(String id, String mainAffair, BigDecimal sidScore) {
    return new InnovationSubmission(id, id, mainAffair, List.of(), Map.of(), sidScore, null);
  }

  public boolean scoredDirectly() {
    return sidScore != null;
  }

  public InnovationSubmission withIndicators(Map<String, IndicatorClaim> changed) {
    return new InnovationSubmission(
        id, name, mainAffair, relatedAffairs, changed, sidScore, validatedSidScore);
  }
}
