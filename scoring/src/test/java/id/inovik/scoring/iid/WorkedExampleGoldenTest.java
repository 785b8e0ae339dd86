package id.inovik.scoring.iid;

import static id.inovik.scoring.iid.Submissions.ALL_YANDAS;
import static id.inovik.scoring.iid.Submissions.direct;
import static id.inovik.scoring.iid.Submissions.directRegion;
import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.region.Region;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/domain/iid.md#worked-example (2026 rules) and the maxima of
 * docs/domain/iid.md#maxima, to the cent.
 */
class WorkedExampleGoldenTest {
  private final Edition edition2026 = RubricCatalogue.edition(2026);
  private final IidCalculator calculator = new IidCalculator(edition2026);

  @Test
  void twentyInnovationsCoveringAllBasicServicesAreInovatif() {
    RegionResult result =
        calculator.score(directRegion("35.07", "40", direct(20, "70", ALL_YANDAS)));

    IidScore score = result.validated();
    assertThat(score.spd()).isEqualByComparingTo("40.00");
    assertThat(score.sidIndicatorPart()).isEqualByComparingTo("70.00");
    assertThat(score.countScore()).isEqualByComparingTo("7.60");
    assertThat(score.sid()).isEqualByComparingTo("77.60");
    assertThat(score.total()).isEqualByComparingTo("117.60");
    assertThat(score.iid()).isEqualByComparingTo("47.04");
    assertThat(score.predikat()).isEqualTo("Inovatif");
    assertThat(score.basicServiceRuleMet()).isTrue();
  }

  @Test
  void fourBasicServicesCoveredLoseTheCountPoints() {
    RegionResult result =
        calculator.score(directRegion("35.07", "40", direct(20, "70", ALL_YANDAS.subList(0, 4))));

    assertThat(result.validated().countScore()).isEqualByComparingTo("0");
    assertThat(result.validated().iid()).isEqualByComparingTo("44.00");
    assertThat(result.validated().basicServicesCovered()).isEqualTo(4);
    assertThat(result.rules())
        .filteredOn(r -> r.code().equals("urusan-pelayanan-dasar"))
        .singleElement()
        .satisfies(r -> assertThat(r.fired()).isTrue());
  }

  @Test
  void fewerInnovationsThanTheMinimumDivisorAreDividedByK() {
    RegionResult result =
        calculator.score(directRegion("35.07", "40", direct(8, "70", ALL_YANDAS)));

    assertThat(result.validated().divisor()).isEqualTo(12);
    assertThat(result.validated().sid()).isEqualByComparingTo("49.71");
    assertThat(result.validated().iid()).isEqualByComparingTo("35.88");
    assertThat(result.validated().predikat()).isEqualTo("Kurang Inovatif");
    assertThat(RubricCatalogue.edition(2023).predikat(new BigDecimal("35.88")))
        .isEqualTo("Inovatif");
    assertThat(result.rules())
        .filteredOn(r -> r.code().equals("pembagi"))
        .singleElement()
        .satisfies(r -> assertThat(r.fired()).isTrue());
  }

  @Test
  void everyOptionAtThreeWithTwoHundredInnovationsIsOneHundred() {
    List<InnovationSubmission> innovations = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      innovations.add(
          InnovationSubmission.of(
              "inv-" + i,
              ALL_YANDAS.get(i % 6),
              List.of(),
              Submissions.uniform(edition2026, Aspect.SID, 3)));
    }
    RegionResult result =
        calculator.score(
            RegionSubmission.of(
                Region.of("31", "DKI Jakarta"),
                Submissions.uniform(edition2026, Aspect.SPD, 3),
                innovations));

    assertThat(result.validated().spd()).isEqualByComparingTo("63");
    assertThat(result.validated().sidIndicatorPart()).isEqualByComparingTo("111");
    assertThat(result.validated().countScore()).isEqualByComparingTo("76");
    assertThat(result.validated().total()).isEqualByComparingTo("250");
    assertThat(result.validated().iid()).isEqualByComparingTo("100.00");
    assertThat(result.validated().predikat()).isEqualTo("Sangat Inovatif");
  }

  @Test
  void theCountScoreIsCappedAtTwoHundredInnovations() {
    RegionResult result =
        calculator.score(directRegion("35.07", "0", direct(250, "0", ALL_YANDAS)));

    assertThat(result.validated().countScore()).isEqualByComparingTo("76.00");
    assertThat(result.validated().iid()).isEqualByComparingTo("30.40");
  }

  @Test
  void anEmptySubmissionScoresZeroAndCannotBeAssessed() {
    RegionResult result = calculator.score(directRegion("35.07", "0", List.of()));

    assertThat(result.validated().iid()).isEqualByComparingTo("0");
    assertThat(result.validated().predikat()).isEqualTo("Tidak Dapat Dinilai");
  }
}
