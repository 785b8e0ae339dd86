package id.inovik.scoring.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RubricCatalogueTest {

  @ParameterizedTest
  @ValueSource(ints = {2023, 2024, 2025, 2026, 2027})
  void everyShippedEditionHasTheThirtySixIndicatorStructure(int year) {
    Edition edition = RubricCatalogue.edition(year);

    assertThat(edition.indicators(Aspect.SPD)).hasSize(20);
    assertThat(edition.indicators(Aspect.SID)).hasSize(20);
    assertThat(edition.maximumTotal()).isEqualByComparingTo("250");
    assertThat(edition.countPointsHundredths()).isEqualTo(38);
    assertThat(edition.countCap()).isEqualTo(200);
    assertThat(
            edition.indicators(Aspect.SID).stream()
                .filter(Indicator::mandatory)
                .map(Indicator::code))
        .containsExactly("16", "17", "32", "33", "35");
    assertThat(edition.indicator("33").orElseThrow().benefitBases()).hasSize(6);
    assertThat(edition.provenance())
        .containsKeys("divisor", "predikat", "indicatorSet", "awardCategories");
  }

  @ParameterizedTest
  @CsvSource({
    "2023, 10, false",
    "2024, 10, false",
    "2025, 10, false",
    "2026, 12, true",
    "2027, 14, true"
  })
  void divisorAndBasicServiceRuleFollowTheEdition(int year, int k, boolean basicServiceRule) {
    Edition edition = RubricCatalogue.edition(year);

    assertThat(edition.divisorMinimum()).isEqualTo(k);
    assertThat(edition.basicServiceRule() != null).isEqualTo(basicServiceRule);
  }

  @Test
  void basicServiceRuleNeedsFiveOfSixIn2026AndAllSixIn2027() {
    assertThat(RubricCatalogue.edition(2026).basicServiceRule().minimumCovered()).isEqualTo(5);
    assertThat(RubricCatalogue.edition(2027).basicServiceRule().minimumCovered()).isEqualTo(6);
    assertThat(RubricCatalogue.edition(2026).basicServiceRule().affairs()).hasSize(6);
  }

  @ParameterizedTest
  @CsvSource({
    "2023, 60.01, Sangat Inovatif",
    "2023, 60.00, Inovatif",
    "2023, 35.00, Inovatif",
    "2023, 34.99, Kurang Inovatif",
    "2023, 0.01, Kurang Inovatif",
    "2023, 0, Tidak Dapat Dinilai",
    "2024, 60.00, Inovatif",
    "2025, 65.00, Inovatif",
    "2025, 65.01, Sangat Inovatif",
    "2026, 65.01, Sangat Inovatif",
    "2026, 65.00, Inovatif",
    "2026, 40.01, Inovatif",
    "2026, 40.00, Kurang Inovatif",
    "2026, 100.00, Sangat Inovatif",
  })
  void predikatBandsPerEdition(int year, String iid, String predikat) {
    assertThat(RubricCatalogue.edition(year).predikat(new BigDecimal(iid))).isEqualTo(predikat);
  }

  @Test
  void awardCategoriesAreDataWithASixthFrom2024() {
    assertThat(RubricCatalogue.edition(2023).awardCategories())
        .extracting(AwardCategory::code)
        .containsExactly("provinsi", "kabupaten", "kota", "daerah-perbatasan", "daerah-tertinggal");
    assertThat(RubricCatalogue.edition(2024).awardCategories()).hasSize(6);
    assertThat(
            RubricCatalogue.edition(2026)
                .awardCategory("papua")
                .orElseThrow()
                .provenance()
                .confidence())
        .isEqualTo(Confidence.I);
  }

  @Test
  void presentationRubricOf2023SumsToOneHundred() {
    JuryRubric rubric = RubricCatalogue.edition(2023).juryRubric();

    assertThat(rubric.criteria())
        .extracting(c -> c.weight().intValue())
        .containsExactly(30, 25, 15, 20, 10);
    assertThat(
            rubric.weightedTotal(
                java.util.Map.of(
                    "kebaruan",
                    100.0,
                    "kemanfaatan",
                    100.0,
                    "kewenangan-kolaborasi",
                    100.0,
                    "replikasi",
                    100.0,
                    "presentasi",
                    100.0)))
        .isEqualTo(100.0);
  }

  @Test
  void kippRubricIsAnAssumptionWithFiveCriteriaSummingToOneHundred() {
    JuryRubric rubric = RubricCatalogue.programmeJuryRubric("KIPP");

    assertThat(rubric.criteria())
        .extracting(JuryCriterion::code)
        .containsExactly("kebaruan", "efektivitas", "kemanfaatan", "replikasi", "keberlanjutan");
    assertThat(rubric.criteria())
        .extracting(c -> c.weight().intValue())
        .containsExactly(25, 20, 25, 15, 15);
    assertThat(rubric.provenance().confidence()).isEqualTo(Confidence.I);
    assertThat(rubric.provenance().source()).contains("S55");
    assertThatThrownBy(() -> RubricCatalogue.programmeJuryRubric("IGA"))
        .hasMessageContaining("IGA");
  }

  @Test
  void provenanceKeepsTheCatalogueOrderSoOutputIsTheSameOnEveryRun() {
    // A hash map's order changes from one JVM run to the next; the CLI prints this map.
    assertThat(RubricCatalogue.edition(2026).provenance().keySet())
        .startsWith("indicatorSet", "maxima", "divisor", "innovationCountScore");
  }

  @Test
  void unknownEditionIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> RubricCatalogue.edition(2019))
        .hasMessageContaining("2019")
        .hasMessageContaining("2026");
  }
}
