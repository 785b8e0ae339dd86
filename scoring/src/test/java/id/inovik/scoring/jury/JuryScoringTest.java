package id.inovik.scoring.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.iid.InputError;
import id.inovik.scoring.iid.ScoringInputException;
import id.inovik.scoring.region.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class JuryScoringTest {
  private static final List<String> NOMINEES =
      List.of("35.07", "35.79", "33.74", "32.04", "51.71", "73.71");

  private static Map<String, Region> nominees() {
    Map<String, Region> regions = new TreeMap<>();
    NOMINEES.forEach(code -> regions.put(code, Region.of(code, "Pemda " + code)));
    return regions;
  }

  private static JuryScoring jury(Normalisation method) {
    return new JuryScoring(RubricCatalogue.edition(2026), JuryConfig.DEFAULT.withMethod(method));
  }

  private static JuryResult score(JuryScoring jury, List<Juror> jurors, List<Evaluation> field) {
    return jury.combineChecked(nominees(), jurors, field, field, Map.of());
  }

  @Test
  void aJurorDoesNotScoreARegionOfTheirOwnProvince() {
    List<Juror> jurors = List.of(new Juror("a", "A", "35"), new Juror("b", "B", "31"));
    List<Evaluation> field =
        List.of(
            new Evaluation("a", "35.07", 95), new Evaluation("a", "32.04", 70),
            new Evaluation("b", "35.07", 60), new Evaluation("b", "32.04", 80));

    JuryResult result = score(jury(Normalisation.RAW_MEAN), jurors, field);

    assertThat(result.field().excluded())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.jurorId()).isEqualTo("a");
              assertThat(e.regionCode()).isEqualTo("35.07");
              assertThat(e.reason()).contains("konflik kepentingan");
            });
    assertThat(result.field().raw().get("35.07")).isEqualTo(60.0);
    assertThat(result.field().raw().get("32.04")).isEqualTo(75.0);
  }

  @Test
  void zScoresRemoveAHarshJudgesBiasThatRawMeansKeep() {
    // Judge "keras" scores everyone 30 lower; it happens to see 35.79 and not 35.07.
    List<Juror> jurors =
        List.of(new Juror("adil", "", ""), new Juror("keras", "", ""), new Juror("lain", "", ""));
    List<Evaluation> field =
        List.of(
            new Evaluation("adil", "35.07", 80),
            new Evaluation("adil", "33.74", 70),
            new Evaluation("adil", "32.04", 60),
            new Evaluation("keras", "35.79", 55),
            new Evaluation("keras", "33.74", 40),
            new Evaluation("keras", "32.04", 30),
            new Evaluation("lain", "35.07", 78),
            new Evaluation("lain", "35.79", 85),
            new Evaluation("lain", "51.71", 65),
            new Evaluation("lain", "73.71", 70));

    JuryResult raw = score(jury(Normalisation.RAW_MEAN), jurors, field);
    JuryResult z = score(jury(Normalisation.Z_SCORE), jurors, field);

    assertThat(raw.field().normalised().get("35.79"))
        .isLessThan(raw.field().normalised().get("35.07"));
    assertThat(z.field().normalised().get("35.79"))
        .isGreaterThan(z.field().normalised().get("35.07"));
    assertThat(z.field().raw()).isEqualTo(raw.field().raw());
    assertThat(z.field().judges().get("35.79"))
        .extracting(ScoreSetResult.JudgeScore::raw)
        .containsExactly(55.0, 85.0);
  }

  @Test
  void judgesWithOneEvaluationOrNoSpreadAreGuarded() {
    List<Juror> jurors =
        List.of(new Juror("satu", "", ""), new Juror("datar", "", ""), new Juror("normal", "", ""));
    List<Evaluation> field =
        List.of(
            new Evaluation("satu", "35.07", 90),
            new Evaluation("datar", "35.07", 70),
            new Evaluation("datar", "35.79", 70),
            new Evaluation("normal", "35.07", 60),
            new Evaluation("normal", "35.79", 80));

    JuryResult result = score(jury(Normalisation.Z_SCORE), jurors, field);

    assertThat(result.field().judgeStats())
        .filteredOn(JudgeStats::guarded)
        .extracting(JudgeStats::jurorId)
        .containsExactly("datar", "satu");
    assertThat(result.field().fallbackToRaw()).isFalse();
    assertThat(result.field().normalised().values()).allSatisfy(v -> assertThat(v).isFinite());
  }

  @Test
  void noSpreadAnywhereFallsBackToRaw() {
    List<Juror> jurors = List.of(new Juror("a", "", ""), new Juror("b", "", ""));
    List<Evaluation> field =
        List.of(
            new Evaluation("a", "35.07", 70), new Evaluation("a", "35.79", 70),
            new Evaluation("b", "35.07", 70), new Evaluation("b", "35.79", 70));

    JuryResult result = score(jury(Normalisation.PANEL_RESCALE), jurors, field);

    assertThat(result.field().fallbackToRaw()).isTrue();
    assertThat(result.field().normalised()).isEqualTo(result.field().raw());
  }

  @Test
  void trimmedMeanDropsHighAndLowFromFiveJudges() {
    List<Juror> jurors = new ArrayList<>();
    List<Evaluation> field = new ArrayList<>();
    double[] scores = {10, 60, 70, 80, 100};
    for (int j = 0; j < 5; j++) {
      jurors.add(new Juror("j" + j, "", ""));
      field.add(new Evaluation("j" + j, "35.07", scores[j]));
    }
    field.add(new Evaluation("j0", "35.79", 50));
    field.add(new Evaluation("j1", "35.79", 90));

    JuryResult result = score(jury(Normalisation.TRIMMED_MEAN), jurors, field);

    assertThat(result.field().normalised().get("35.07")).isEqualTo(70.0);
    assertThat(result.field().raw().get("35.07")).isEqualTo(64.0);
    assertThat(result.field().normalised().get("35.79")).isEqualTo(70.0);
  }

  @Test
  void presentationTotalsFollowTheRubricWeights() {
    JuryScoring jury = jury(Normalisation.RAW_MEAN);
    List<PresentationEvaluation> presentation =
        List.of(
            new PresentationEvaluation(
                "a",
                "35.07",
                Map.of(
                    "kebaruan",
                    80.0,
                    "kemanfaatan",
                    60.0,
                    "kewenangan-kolaborasi",
                    100.0,
                    "replikasi",
                    50.0,
                    "presentasi",
                    90.0)));

    JuryResult result =
        jury.score(
            nominees(),
            List.of(new Juror("a", "", "")),
            presentation,
            List.of(new Evaluation("a", "35.07", 70)),
            Map.of());

    // 0.30 x 80 + 0.25 x 60 + 0.15 x 100 + 0.20 x 50 + 0.10 x 90 = 73
    assertThat(result.presentation().raw().get("35.07")).isCloseTo(73.0, within(1e-9));
    assertThat(result.regions())
        .filteredOn(r -> r.regionCode().equals("35.07"))
        .singleElement()
        .satisfies(r -> assertThat(r.finalRaw()).isCloseTo(71.5, within(1e-9)));
    assertThat(result.rankings())
        .filteredOn(r -> r.category().equals("kabupaten"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.entries())
                    .extracting(JuryRanking.Entry::regionCode)
                    .containsExactly("35.07"));
  }

  @Test
  void badJuryInputIsReportedFieldByField() {
    JuryScoring jury = jury(Normalisation.RAW_MEAN);
    List<PresentationEvaluation> presentation =
        List.of(
            new PresentationEvaluation("x", "35.07", Map.of("kebaruan", 80.0)),
            new PresentationEvaluation("a", "99.99", Map.of("kebaruan", 80.0)),
            new PresentationEvaluation("a", "35.07", Map.of("gaya", 80.0)));

    assertThatThrownBy(
            () ->
                jury.score(
                    nominees(),
                    List.of(new Juror("a", "", "")),
                    presentation,
                    List.of(new Evaluation("a", "35.07", 120)),
                    Map.of()))
        .isInstanceOfSatisfying(
            ScoringInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(InputError::field)
                    .containsExactlyInAnyOrder(
                        "jury.presentation[0].juror",
                        "jury.presentation[1].region",
                        "jury.presentation[2].criteria",
                        "jury.field[0].score"));
  }

  @Provide
  Arbitrary<double[]> panelScores() {
    return Arbitraries.doubles()
        .between(20, 100)
        .ofScale(1)
        .array(double[].class)
        .ofSize(NOMINEES.size() * 3);
  }

  /** Three judges score every nominee; judge 0 may add a constant or stretch its scale. */
  private static List<Evaluation> panel(double[] scores, double shift, double stretch) {
    List<Evaluation> field = new ArrayList<>();
    for (int j = 0; j < 3; j++) {
      for (int r = 0; r < NOMINEES.size(); r++) {
        double score = scores[j * NOMINEES.size() + r];
        field.add(
            new Evaluation("j" + j, NOMINEES.get(r), j == 0 ? score * stretch + shift : score));
      }
    }
    return field;
  }

  @Property(tries = 200)
  void aJudgeWhoAddsAConstantOrStretchesChangesNothingAfterZScoring(
      @ForAll("panelScores") double[] scores,
      @ForAll @DoubleRange(min = -15, max = 15) double shift,
      @ForAll @DoubleRange(min = 0.5, max = 2) double stretch) {
    // The invariance holds for judges the guards leave alone: those whose scores have a spread.
    for (int j = 0; j < 3; j++) {
      double[] judge =
          java.util.Arrays.copyOfRange(scores, j * NOMINEES.size(), (j + 1) * NOMINEES.size());
      net.jqwik.api.Assume.that(
          java.util.Arrays.stream(judge).max().orElseThrow()
              > java.util.Arrays.stream(judge).min().orElseThrow());
    }
    List<Juror> jurors =
        List.of(new Juror("j0", "", ""), new Juror("j1", "", ""), new Juror("j2", "", ""));
    JuryScoring jury = jury(Normalisation.Z_SCORE);

    JuryResult before = score(jury, jurors, panel(scores, 0, 1));
    JuryResult after = score(jury, jurors, panel(scores, shift, stretch));

    for (String region : NOMINEES) {
      assertThat(after.field().normalised().get(region))
          .isCloseTo(before.field().normalised().get(region), within(1e-9));
    }
  }

  @Property(tries = 100)
  void orderOfEvaluationsDoesNotMatter(@ForAll("panelScores") double[] scores) {
    List<Juror> jurors =
        List.of(new Juror("j0", "", ""), new Juror("j1", "", ""), new Juror("j2", "", ""));
    List<Evaluation> field = panel(scores, 0, 1);
    List<Evaluation> reversed = new ArrayList<>(field.reversed());

    for (Normalisation method : Normalisation.values()) {
      JuryScoring jury = jury(method);
      assertThat(score(jury, jurors.reversed(), reversed)).isEqualTo(score(jury, jurors, field));
    }
  }
}
