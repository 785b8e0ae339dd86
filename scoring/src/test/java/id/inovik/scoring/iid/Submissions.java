package id.inovik.scoring.iid;

import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import id.inovik.scoring.region.Region;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders of submissions for tests. */
public final class Submissions {
  public static final List<String> ALL_YANDAS =
      List.of("pendidikan", "kesehatan", "pupr", "perkim", "trantibumlinmas", "sosial");

  private Submissions() {}

  /**
   * n innovations with SID_j given directly, their main affairs cycling through {@code affairs}.
   */
  public static List<InnovationSubmission> direct(int n, String sidScore, List<String> affairs) {
    List<InnovationSubmission> innovations = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      innovations.add(
          InnovationSubmission.withScore(
              "inv-" + i, affairs.get(i % affairs.size()), new BigDecimal(sidScore)));
    }
    return innovations;
  }

  public static RegionSubmission directRegion(
      String code, String spd, List<InnovationSubmission> innovations) {
    return new RegionSubmission(
        Region.of(code, "Region " + code), Map.of(), new BigDecimal(spd), null, innovations, null);
  }

  /** Every indicator of the aspect claimed at the same option. */
  public static Map<String, IndicatorClaim> uniform(Edition edition, Aspect aspect, int option) {
    Map<String, IndicatorClaim> claims = new LinkedHashMap<>();
    for (Indicator indicator : edition.indicators(aspect)) {
      claims.put(indicator.code(), IndicatorClaim.claimed(option));
    }
    return claims;
  }
}
