package id.inovik.scoring.iid;

import static id.inovik.scoring.iid.Submissions.ALL_YANDAS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.MandatoryRule;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.region.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IidCalculatorTest {
  private final Edition edition = RubricCatalogue.edition(2026);
  private final IidCalculator calculator = new IidCalculator(edition);

  private List<InnovationSubmission> innovations(int n, int option) {
    List<InnovationSubmission> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(
          InnovationSubmission.of(
              "inv-" + i,
              ALL_YANDAS.get(i % 6),
              List.of(),
              Submissions.uniform(edition, Aspect.SID, option)));
    }
    return list;
  }

  private RegionSubmission region(
      Map<String, IndicatorClaim> spd, List<InnovationSubmission> innovations) {
    return RegionSubmission.of(Region.of("35.07", "Kabupaten Malang"), spd, innovations);
  }

  @Test
  void rowScoreIsWeightTimesOption() {
    RegionResult result =
        calculator.score(
            region(
                Map.of("6", IndicatorClaim.claimed(2), "5a", IndicatorClaim.claimed(3)),
                List.of()));

    // 1.5 x 2 + 0.75 x 3
    assertThat(result.validated().spd()).isEqualByComparingTo("5.25");
    assertThat(result.spd())
        .filteredOn(r -> r.code().equals("6"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.claimedPoints()).isEqualByComparingTo("3.00");
              assertThat(r.label()).isEqualTo("Pertumbuhan investasi");
              assertThat(r.claimedOptionText()).isEqualTo("-47,43% s.d. 94,75%");
            });
    assertThat(result.spd()).hasSize(20);
  }

  @Test
  void validationDowngradesAndZeroesShowAsLossesBesideTheClaim() {
    List<InnovationSubmission> list = innovations(12, 2);
    Map<String, IndicatorClaim> claims = new HashMap<>(list.getFirst().indicators());
    claims.put("35", IndicatorClaim.claimed(2).downgradedTo(1, "video 2 substansi"));
    claims.put("31", IndicatorClaim.claimed(2).zeroed("tidak ada bukti replikasi"));
    list.set(0, list.getFirst().withIndicators(claims));
    Map<String, IndicatorClaim> spd =
        Map.of("8", IndicatorClaim.claimed(3).downgradedTo(2, "opini WDP"));

    RegionResult result = calculator.score(region(spd, list));

    // claimed: SPD 4.5, SID_j = 37 x 2 = 74 for all 12 -> 74 + 4.56; validated: SPD 3, first SID_j
    // 74 - 4 - 6 = 64
    assertThat(result.claimed().spd()).isEqualByComparingTo("4.50");
    assertThat(result.validated().spd()).isEqualByComparingTo("3.00");
    assertThat(result.claimed().sid()).isEqualByComparingTo("78.56");
    assertThat(result.validated().sidIndicatorPart()).isEqualByComparingTo("73.17");
    assertThat(result.claimed().iid()).isEqualByComparingTo("33.22");
    assertThat(result.validated().iid()).isEqualByComparingTo("32.29");
    assertThat(result.delta().iid()).isEqualByComparingTo("-0.93");
    assertThat(result.validation()).isEqualTo(new ValidationSummary(0, 2, 1, 1 + 12 * 20 - 3));
    assertThat(result.validationLosses())
        .extracting(IndicatorImpact::code)
        .containsExactly("8", "31", "35");
    assertThat(result.validationLosses().getFirst().iidPoints()).isEqualByComparingTo("0.60");
    assertThat(result.innovations().getFirst().rows())
        .filteredOn(r -> r.code().equals("35"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(ValidationStatus.DOWNGRADED);
              assertThat(r.validatedPoints()).isEqualByComparingTo("4.00");
              assertThat(r.note()).isEqualTo("video 2 substansi");
            });
  }

  @Test
  void pendingClaimsArePointsAtRisk() {
    RegionResult result =
        calculator.score(region(Map.of("12", IndicatorClaim.claimed(3)), List.of()));

    assertThat(result.pointsAtRisk())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.code()).isEqualTo("12");
              assertThat(r.iidPoints()).isEqualByComparingTo("2.40");
            });
  }

  @Test
  void acceptedClaimsAreNotAtRisk() {
    RegionResult result =
        calculator.score(region(Map.of("12", IndicatorClaim.claimed(3).accepted()), List.of()));

    assertThat(result.pointsAtRisk()).isEmpty();
    assertThat(result.validation().complete()).isTrue();
  }

  @Test
  void coverageHangingOnOneInnovationPutsTheCountScoreAtRisk() {
    List<InnovationSubmission> list = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      list.add(
          InnovationSubmission.of(
              "inv-" + i,
              i < 10 ? "kesehatan" : ALL_YANDAS.get(i - 10),
              List.of(),
              Submissions.uniform(edition, Aspect.SID, 1)));
    }
    RegionResult result = calculator.score(region(Map.of(), list));

    assertThat(result.validated().basicServiceRuleMet()).isTrue();
    assertThat(result.pointsAtRisk())
        .anySatisfy(r -> assertThat(r.code()).isEqualTo("jumlah-inovasi"));
  }

  private RegionSubmission withRejectedVideo() {
    List<InnovationSubmission> list = innovations(14, 2);
    Map<String, IndicatorClaim> claims = new HashMap<>(list.getFirst().indicators());
    claims.put("35", IndicatorClaim.claimed(2).zeroed("video tidak dapat diputar"));
    list.set(0, list.getFirst().withIndicators(claims));
    return region(Map.of(), list);
  }

  @Test
  void rejectedMandatoryIndicatorUnderRowZeroLosesOnlyTheRow() {
    RegionResult result =
        new IidCalculator(edition.withMandatoryRule(MandatoryRule.ROW_ZERO))
            .score(withRejectedVideo());

    assertThat(result.innovations().getFirst().validatedSidJ()).isEqualByComparingTo("66.00");
    assertThat(result.innovations().getFirst().missingMandatoryValidated()).containsExactly("35");
    assertThat(result.validated().innovations()).isEqualTo(14);
    assertThat(result.rules())
        .filteredOn(r -> r.code().equals("indikator-wajib"))
        .singleElement()
        .satisfies(r -> assertThat(r.fired()).isTrue());
  }

  @Test
  void rejectedMandatoryIndicatorUnderInnovationZeroZeroesTheInnovation() {
    RegionResult result =
        new IidCalculator(edition.withMandatoryRule(MandatoryRule.INNOVATION_ZERO))
            .score(withRejectedVideo());

    assertThat(result.innovations().getFirst().validatedSidJ()).isEqualByComparingTo("0");
    assertThat(result.validated().innovations()).isEqualTo(14);
    // 13 x 74 / 14
    assertThat(result.validated().sidIndicatorPart()).isEqualByComparingTo("68.71");
  }

  @Test
  void rejectedMandatoryIndicatorUnderExclusionDropsTheInnovationFromN() {
    RegionResult result =
        new IidCalculator(edition.withMandatoryRule(MandatoryRule.INNOVATION_EXCLUDED))
            .score(withRejectedVideo());

    assertThat(result.innovations().getFirst().countedValidated()).isFalse();
    assertThat(result.validated().innovations()).isEqualTo(13);
    assertThat(result.validated().sidIndicatorPart()).isEqualByComparingTo("74.00");
    assertThat(result.claimed().innovations()).isEqualTo(14);
  }

  @Test
  void everyBadFieldIsReportedWithItsPath() {
    Map<String, IndicatorClaim> sid = new HashMap<>(Submissions.uniform(edition, Aspect.SID, 1));
    sid.put("99", IndicatorClaim.claimed(1));
    sid.put("33", IndicatorClaim.claimed(2).withBasis("z"));
    sid.put("16", IndicatorClaim.claimed(2).withBasis("a"));
    List<InnovationSubmission> list =
        List.of(
            InnovationSubmission.of("dup", "kesehatan", List.of(), sid),
            InnovationSubmission.of("dup", "kesehatan", List.of(), Map.of()));
    RegionSubmission bad =
        RegionSubmission.of(Region.of("35.07", "x"), Map.of("16", IndicatorClaim.claimed(1)), list);

    assertThatThrownBy(() -> calculator.score(bad))
        .isInstanceOfSatisfying(
            ScoringInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(InputError::field)
                    .containsExactlyInAnyOrder(
                        "region.spd.16",
                        "region.innovations[0].indicators.99",
                        "region.innovations[0].indicators.33.basis",
                        "region.innovations[0].indicators.16.basis",
                        "region.innovations[1].id"));
  }

  @Test
  void optionsOutsideZeroToThreeAndUpgradesAreRefused() {
    assertThatThrownBy(() -> IndicatorClaim.claimed(4))
        .hasMessageContaining("0 (empty), 1, 2 or 3");
    assertThatThrownBy(() -> IndicatorClaim.claimed(2).downgradedTo(3, ""))
        .hasMessageContaining("lower option");
  }

  @Test
  void aRegionCodeMustBeAKemendagriCode() {
    RegionSubmission bad =
        new RegionSubmission(
            new Region(
                "3507", "x", id.inovik.scoring.region.RegionType.KABUPATEN, "35", false, false),
            Map.of(),
            null,
            null,
            List.of(),
            null);

    assertThatThrownBy(() -> calculator.score(bad))
        .isInstanceOfSatisfying(
            ScoringInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(InputError::field)
                    .containsExactly("region.code"));
  }

  @Test
  void basicServicesAreRecognisedUnderTheNamesSubmissionsUse() {
    List<List<String>> spellings =
        List.of(
            List.of(
                "Pendidikan",
                "Kesehatan",
                "Pekerjaan Umum dan Penataan Ruang",
                "Perumahan Rakyat dan Kawasan Permukiman",
                "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat",
                "Sosial"),
            List.of(
                "PENDIDIKAN",
                "KESEHATAN",
                "PEKERJAAN_UMUM_PENATAAN_RUANG",
                "PERUMAHAN_KAWASAN_PERMUKIMAN",
                "KETENTRAMAN_KETERTIBAN_PERLINDUNGAN_MASYARAKAT",
                "SOSIAL"),
            List.of("pendidikan", "kesehatan", "PUPR", "Perkim", "Trantibumlinmas", "sosial"));
    for (List<String> names : spellings) {
      RegionResult result =
          calculator.score(
              Submissions.directRegion("35.07", "40", Submissions.direct(20, "70", names)));

      assertThat(result.validated().basicServicesCovered()).as("%s", names).isEqualTo(6);
      assertThat(result.validated().iid()).isEqualByComparingTo("47.04");
    }
  }
}
