package id.inovik.scoring.iid;

import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import id.inovik.scoring.region.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of realistic submissions. */
public final class Generators {
  static final List<String> AFFAIRS =
      List.of(
          "pendidikan",
          "kesehatan",
          "pupr",
          "perkim",
          "trantibumlinmas",
          "sosial",
          "penanaman modal",
          "pertanian",
          "perhubungan",
          "administrasi kependudukan dan pencatatan sipil");
  static final List<String> REGION_CODES =
      List.of(
          "11", "11.01", "11.71", "35", "35.07", "35.79", "35.15", "52.03", "52.71", "91.01",
          "94.05", "63.71");

  private Generators() {}

  static Arbitrary<IndicatorClaim> claim() {
    Arbitrary<Integer> options = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> outcome = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> lower = Arbitraries.integers().between(0, 2);
    return Combinators.combine(options, outcome, lower)
        .as(
            (option, o, l) -> {
              IndicatorClaim claim = IndicatorClaim.claimed(option);
              return switch (o) {
                case 0 -> claim;
                case 1 -> claim.accepted();
                case 2 -> option > 0 ? claim.downgradedTo(Math.min(l, option - 1), "turun") : claim;
                default -> claim.zeroed("tidak sesuai");
              };
            });
  }

  static Arbitrary<Map<String, IndicatorClaim>> claims(Edition edition, Aspect aspect) {
    List<Indicator> indicators = edition.indicators(aspect);
    return claim()
        .list()
        .ofSize(indicators.size())
        .map(
            list -> {
              Map<String, IndicatorClaim> claims = new LinkedHashMap<>();
              for (int i = 0; i < indicators.size(); i++) {
                claims.put(indicators.get(i).code(), list.get(i));
              }
              return claims;
            });
  }

  static Arbitrary<InnovationSubmission> innovation(Edition edition, String id) {
    return Combinators.combine(
            Arbitraries.of(AFFAIRS),
            Arbitraries.of(AFFAIRS).list().ofMaxSize(2),
            claims(edition, Aspect.SID))
        .as((main, related, claims) -> InnovationSubmission.of(id, main, related, claims));
  }

  static Arbitrary<List<InnovationSubmission>> innovations(Edition edition, int max) {
    return Arbitraries.integers()
        .between(0, max)
        .flatMap(
            n -> {
              List<Arbitrary<InnovationSubmission>> each = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                each.add(innovation(edition, "inv-" + i));
              }
              return n == 0
                  ? Arbitraries.just(List.of())
                  : Combinators.combine(each).as(List::copyOf);
            });
  }

  public static Arbitrary<RegionSubmission> region(
      Edition edition, String code, int maxInnovations) {
    return Combinators.combine(claims(edition, Aspect.SPD), innovations(edition, maxInnovations))
        .as(
            (spd, innovations) ->
                RegionSubmission.of(Region.of(code, "Pemda " + code), spd, innovations));
  }

  public static Arbitrary<List<RegionSubmission>> regions(Edition edition, int maxInnovations) {
    List<Arbitrary<RegionSubmission>> each = new ArrayList<>();
    for (String code : REGION_CODES) {
      each.add(region(edition, code, maxInnovations));
    }
    return Combinators.combine(each).as(List::copyOf);
  }
}
