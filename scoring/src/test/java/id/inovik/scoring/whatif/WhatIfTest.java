package id.inovik.scoring.whatif;

import static id.inovik.scoring.iid.Submissions.ALL_YANDAS;
import static id.inovik.scoring.iid.Submissions.direct;
import static id.inovik.scoring.iid.Submissions.directRegion;
import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.ranking.RankingPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfTest {

  @Test
  void claimsOf2025UnderThe2026RulesMoveRegionsWithFewBasicServicesOrFewInnovations() {
    List<RegionSubmission> regions =
        List.of(
            directRegion("35.01", "40", direct(20, "70", ALL_YANDAS)),
            directRegion("35.02", "41", direct(20, "70", ALL_YANDAS.subList(0, 4))),
            directRegion("35.03", "40", direct(10, "75", ALL_YANDAS)));

    WhatIfResult result =
        WhatIf.compare(
            regions,
            RubricCatalogue.edition(2025),
            RubricCatalogue.edition(2026),
            RankingPolicy.DEFAULT);

    assertThat(result.ruleChanges())
        .contains(
            "pembagi minimum k: 10 -> 12",
            "aturan urusan pelayanan dasar berlaku: minimal 5 dari 6");
    RegionWhatIf fewAffairs =
        result.regions().stream()
            .filter(r -> r.regionCode().equals("35.02"))
            .findFirst()
            .orElseThrow();
    assertThat(fewAffairs.iidFrom()).isEqualByComparingTo("47.44");
    assertThat(fewAffairs.iidTo()).isEqualByComparingTo("44.40");
    assertThat(fewAffairs.moves())
        .filteredOn(m -> m.category().equals("kabupaten"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.rankFrom()).isEqualByComparingTo("2");
              assertThat(m.rankTo()).isEqualByComparingTo("2");
              assertThat(m.movement()).isEqualByComparingTo("0");
            });
    RegionWhatIf fewInnovations =
        result.regions().stream()
            .filter(r -> r.regionCode().equals("35.03"))
            .findFirst()
            .orElseThrow();
    // 2025: 750/10 + 3.8 = 78.8 -> 118.8 -> 47.52; 2026: 750/12 + 3.8 = 66.3 -> 106.3 -> 42.52
    assertThat(fewInnovations.iidFrom()).isEqualByComparingTo("47.52");
    assertThat(fewInnovations.iidTo()).isEqualByComparingTo("42.52");
    // 2025: 35.03 (47.52) > 35.02 (47.44) > 35.01 (47.04); 2026: 35.01 > 35.02 > 35.03
    assertThat(result.movers()).isEqualTo(2);
    assertThat(result.regions())
        .extracting(RegionWhatIf::regionCode)
        .containsExactly("35.03", "35.01", "35.02");
    assertThat(result.regions().get(1).moves())
        .filteredOn(m -> m.category().equals("kabupaten"))
        .singleElement()
        .satisfies(m -> assertThat(m.movement()).isEqualByComparingTo("2"));
    assertThat(result.predikatChanges()).isZero();
  }
}
