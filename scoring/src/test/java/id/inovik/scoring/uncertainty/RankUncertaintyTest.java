package id.inovik.scoring.uncertainty;

import static id.inovik.scoring.iid.Submissions.ALL_YANDAS;
import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.iid.InnovationSubmission;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.iid.Submissions;
import id.inovik.scoring.jury.Evaluation;
import id.inovik.scoring.jury.Juror;
import id.inovik.scoring.jury.JuryConfig;
import id.inovik.scoring.jury.JuryScoring;
import id.inovik.scoring.ranking.RankingPolicy;
import id.inovik.scoring.region.Region;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RankUncertaintyTest {
  private final Edition edition = RubricCatalogue.edition(2026);
  private final RankUncertainty uncertainty = new RankUncertainty(edition, RankingPolicy.DEFAULT);

  /** Kabupaten whose innovations are spread around a mean that rises with the index. */
  private List<RegionSubmission> kabupaten(int count, int innovations, double spread) {
    Random random = new Random(7);
    List<RegionSubmission> regions = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      List<InnovationSubmission> list = new ArrayList<>();
      for (int i = 0; i < innovations; i++) {
        double score = Math.max(0, Math.min(111, 40 + 3 * r + spread * random.nextGaussian()));
        list.add(
            InnovationSubmission.withScore(
                "inv-" + i, ALL_YANDAS.get(i % 6), BigDecimal.valueOf(Math.round(score * 100), 2)));
      }
      regions.add(Submissions.directRegion(String.format("35.%02d", r + 1), "30", list));
    }
    return regions;
  }

  @Test
  void aClearLeaderIsCertainAndCloseRivalsShareAnInterval() {
    List<RegionSubmission> regions = new ArrayList<>(kabupaten(6, 20, 15));
    List<InnovationSubmission> leader = Submissions.direct(20, "105", ALL_YANDAS);
    regions.add(Submissions.directRegion("35.50", "60", leader));

    UncertaintyResult result = uncertainty.overInnovations(regions, new BootstrapConfig(1, 400, 1));

    CategoryUncertainty kab =
        result.categories().stream()
            .filter(c -> c.category().equals("kabupaten"))
            .findFirst()
            .orElseThrow();
    RankInterval first = kab.regions().getFirst();
    assertThat(first.regionCode()).isEqualTo("35.50");
    assertThat(first.p5()).isEqualTo(1);
    assertThat(first.p95()).isEqualTo(1);
    assertThat(first.probabilityTopN()).isEqualTo(1.0);
    assertThat(kab.regions().subList(1, kab.regions().size()))
        .anySatisfy(r -> assertThat(r.p95()).isGreaterThan(r.p5()));
    assertThat(kab.regions())
        .allSatisfy(
            r -> {
              assertThat(r.p5()).isLessThanOrEqualTo(r.median());
              assertThat(r.median()).isLessThanOrEqualTo(r.p95());
            });
  }

  @Test
  void sameSeedSameIntervalsWhateverTheInputOrder() {
    List<RegionSubmission> regions = kabupaten(8, 15, 20);
    List<RegionSubmission> shuffled = new ArrayList<>();
    for (RegionSubmission region : regions) {
      List<InnovationSubmission> innovations = new ArrayList<>(region.innovations());
      Collections.shuffle(innovations, new Random(3));
      shuffled.add(region.withInnovations(innovations));
    }
    Collections.shuffle(shuffled, new Random(4));

    UncertaintyResult a = uncertainty.overInnovations(regions, new BootstrapConfig(99, 300, 3));
    UncertaintyResult b = uncertainty.overInnovations(shuffled, new BootstrapConfig(99, 300, 3));
    UncertaintyResult c = uncertainty.overInnovations(regions, new BootstrapConfig(100, 300, 3));

    assertThat(b).isEqualTo(a);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void juryBootstrapWidensTheIntervalOfANomineeOneJudgeLoved() {
    Map<String, Region> nominees = new TreeMap<>();
    List<String> codes = List.of("35.01", "35.02", "35.03", "35.04");
    codes.forEach(c -> nominees.put(c, Region.of(c, c)));
    List<Juror> jurors = new ArrayList<>();
    List<Evaluation> field = new ArrayList<>();
    for (int j = 0; j < 5; j++) {
      jurors.add(new Juror("j" + j, "", ""));
      field.add(new Evaluation("j" + j, "35.01", 90));
      field.add(new Evaluation("j" + j, "35.02", 70 + j));
      field.add(new Evaluation("j" + j, "35.03", j == 0 ? 100 : 60));
      field.add(new Evaluation("j" + j, "35.04", 40 + j));
    }
    JuryScoring jury =
        new JuryScoring(
            edition,
            new JuryConfig(id.inovik.scoring.jury.Normalisation.RAW_MEAN, 0, 0, 1, 2, 5, null));

    UncertaintyResult result =
        uncertainty.overJurors(
            jury, nominees, jurors, List.of(), field, Map.of(), new BootstrapConfig(5, 500, 1));

    CategoryUncertainty kab =
        result.categories().stream()
            .filter(c -> c.category().equals("kabupaten"))
            .findFirst()
            .orElseThrow();
    assertThat(kab.regions())
        .extracting(RankInterval::regionCode)
        .containsExactly("35.01", "35.02", "35.03", "35.04");
    // 35.03 overtakes 35.01 only when the judge who loves it is drawn at least four times of five.
    assertThat(kab.regions().getFirst().probabilityTopN()).isBetween(0.97, 1.0);
    RankInterval loved = kab.regions().get(2);
    assertThat(loved.p5()).isEqualTo(2);
    assertThat(loved.p95()).isEqualTo(3);
    assertThat(kab.regions().get(3).p5()).isEqualTo(4);
  }
}
