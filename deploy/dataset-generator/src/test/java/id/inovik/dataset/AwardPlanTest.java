package id.inovik.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.region.RegionCatalog;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import id.inovik.scoring.iid.ValidationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The award plan: deterministic for a seed, validation drops shaped like the published ones, a
 * quality-control sample of the stated size, conflicts of interest that the rule must refuse and
 * none elsewhere, shortlists without ties.
 */
class AwardPlanTest {
  private static final RegionCatalog CATALOG = RegionCatalog.load();
  private static GeneratedEdition edition2025;
  private static GeneratedEdition demo;

  @BeforeAll
  static void generate() {
    edition2025 = new DatasetGenerator(CATALOG, 2025).generate(Scale.EDITION, 2025);
    demo = new DatasetGenerator(CATALOG, 2025).generate(Scale.DEMO, 2025);
  }

  @Test
  void theSamePlanForTheSameSeedAnotherForAnotherSeed() {
    Map<String, String> nominees = nominees();
    AwardPlan plan = new AwardPlan(2025);
    AwardPlan same = new AwardPlan(2025);
    AwardPlan other = new AwardPlan(2026);
    var assignments = plan.assignments(AwardPlan.IGA_JURORS, nominees);
    Edition rubric = DatasetGenerator.rubric(2025);

    assertThat(same.assignments(AwardPlan.IGA_JURORS, nominees)).isEqualTo(assignments);
    assertThat(same.criterionScores("presentasi", rubric.juryRubric(), assignments))
        .isEqualTo(plan.criterionScores("presentasi", rubric.juryRubric(), assignments));
    assertThat(same.fieldScores(assignments)).isEqualTo(plan.fieldScores(assignments));
    assertThat(same.qualityControl(demo.regions().getFirst()))
        .isEqualTo(plan.qualityControl(demo.regions().getFirst()));
    assertThat(other.criterionScores("presentasi", rubric.juryRubric(), assignments))
        .isNotEqualTo(plan.criterionScores("presentasi", rubric.juryRubric(), assignments));
    assertThat(AwardPlan.igaSchedule(LocalDate.of(2026, 6, 1)))
        .isEqualTo(AwardPlan.igaSchedule(LocalDate.of(2026, 6, 1)));
  }

  @Test
  void theWorstRegionsLoseAboutAQuarterOfTheirRowsAsInTheWorstRegencyReported() {
    List<Double> shares = new ArrayList<>();
    for (GeneratedRegion region : edition2025.regions()) {
      if (region.innovations().size() < 20) {
        continue; // too few rows for a share to say much
      }
      int rows = 0;
      int lost = 0;
      for (GeneratedInnovation i : region.innovations()) {
        for (GeneratedClaim c : i.claims()) {
          rows++;
          lost += c.option() == 0 || c.status() == ValidationStatus.ZEROED ? 1 : 0;
        }
      }
      shares.add((double) lost / rows);
    }
    shares.sort(null);
    double worst = shares.getLast();
    double median = shares.get(shares.size() / 2);

    // S16: 25.38 % of one regency's indicators empty or not matching: the worst, not the rule
    assertThat(worst)
        .isBetween(
            DatasetGenerator.WORST_REGION_EMPTY_OR_NONCONFORMING - 0.04,
            DatasetGenerator.WORST_REGION_EMPTY_OR_NONCONFORMING + 0.03);
    assertThat(median).isBetween(0.08, 0.18);
  }

  @Test
  void anInnovationFallingAsFarAs109To59IsRareButHappens() {
    Edition rubric = DatasetGenerator.rubric(2025);
    Map<String, Long> weights = new LinkedHashMap<>();
    rubric.indicators().forEach(i -> weights.put(i.code(), i.weightHundredths()));
    int innovations = 0;
    int asFar = 0;
    double largest = 0;
    for (GeneratedRegion region : edition2025.regions()) {
      for (GeneratedInnovation i : region.innovations()) {
        long claimed = 0;
        long validated = 0;
        for (GeneratedClaim c : i.claims()) {
          claimed += weights.get(c.code()) * c.option();
          validated += weights.get(c.code()) * c.validatedOption();
        }
        if (claimed == 0) {
          continue;
        }
        innovations++;
        double fall = 1 - (double) validated / claimed;
        largest = Math.max(largest, fall);
        asFar += fall >= DatasetGenerator.LARGEST_INNOVATION_FALL ? 1 : 0;
      }
    }

    assertThat(asFar).isPositive();
    assertThat((double) asFar / innovations).isLessThan(0.01);
    assertThat(largest).isLessThan(0.9);
  }

  @Test
  void qualityControlReviewsATenthOfTheClaimsAndOverridesAFifthOfThose() {
    AwardPlan plan = new AwardPlan(2025);
    int claimed = 0;
    int reviewed = 0;
    int overridden = 0;
    for (GeneratedRegion region : edition2025.regions().subList(0, 100)) {
      claimed += (int) region.spd().stream().filter(c -> c.option() > 0).count();
      for (GeneratedInnovation i : region.innovations()) {
        claimed += (int) i.claims().stream().filter(c -> c.option() > 0).count();
      }
      for (AwardPlan.Review r : plan.qualityControl(region)) {
        reviewed++;
        overridden += r.outcome().equals("CONFIRMED") ? 0 : 1;
        if (!r.outcome().equals("CONFIRMED")) {
          assertThat(r.note()).isNotBlank();
        }
      }
    }

    assertThat((double) reviewed / claimed)
        .isBetween(AwardPlan.QUALITY_CONTROL_SAMPLE * 0.9, AwardPlan.QUALITY_CONTROL_SAMPLE * 1.1);
    assertThat((double) overridden / reviewed)
        .isBetween(AwardPlan.QUALITY_CONTROL_OVERRIDE * 0.6, AwardPlan.QUALITY_CONTROL_OVERRIDE);
  }

  @Test
  void conflictsAreAttemptedOnlyWhereTheJurorSharesTheProvinceAndEveryEntryGetsItsJurors() {
    Map<String, String> nominees = nominees();
    var assignments = new AwardPlan(2025).assignments(AwardPlan.IGA_JURORS, nominees);
    Map<String, String> province = new LinkedHashMap<>();
    AwardPlan.IGA_JURORS.forEach(j -> province.put(j.id(), j.provinceCode()));

    var conflicts = assignments.stream().filter(AwardPlan.Assignment::conflict).toList();
    assertThat(conflicts).hasSize(AwardPlan.CONFLICT_ATTEMPTS);
    conflicts.forEach(a -> assertThat(nominees.get(a.entry())).startsWith(province.get(a.juror())));
    assignments.stream()
        .filter(a -> !a.conflict())
        .forEach(
            a -> assertThat(nominees.get(a.entry())).doesNotStartWith(province.get(a.juror())));
    for (String entry : nominees.keySet()) {
      assertThat(assignments.stream().filter(a -> !a.conflict() && a.entry().equals(entry)))
          .hasSize(AwardPlan.JURORS_PER_ENTRY);
    }
  }

  @Test
  void kippProposalsArePublicServiceInnovationsAndTheirRankingHasNoTies() {
    List<GeneratedInnovation> proposals = AwardPlan.kippProposals(demo.regions());
    assertThat(proposals)
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.profile().form()).isEqualTo(InnovationForm.PELAYANAN_PUBLIK);
              assertThat(p.rejectionReason()).isNull();
              assertThat(p.stoppedOn()).isNull();
            });
    // more than a Top 45 at demo scale, so that the Top 45 cuts (the Top 99 holds every proposal)
    assertThat(proposals.size()).isGreaterThan(45).isLessThanOrEqualTo(99);
    Map<String, String> entries = new LinkedHashMap<>();
    proposals.forEach(p -> entries.put(p.key(), p.profile().regionCode()));
    AwardPlan plan = new AwardPlan(2025);
    var assignments = plan.assignments(AwardPlan.KIPP_JURORS, entries);
    var ranked =
        AwardPlan.rank(
            AwardPlan.kippRubric(),
            plan.criterionScores("evaluasi-proposal", AwardPlan.kippRubric(), assignments),
            List.of());
    assertThat(ranked).hasSize(proposals.size());
    for (int i = 1; i < ranked.size(); i++) {
      assertThat(ranked.get(i).getValue()).isLessThanOrEqualTo(ranked.get(i - 1).getValue());
    }
  }

  @Test
  void categoriesAreTheRubricsWithNomineeAndWinnerNumbers() {
    Edition rubric = DatasetGenerator.rubric(2025);
    assertThat(AwardPlan.categories(rubric))
        .extracting(AwardPlan.Category::code)
        .containsExactlyElementsOf(rubric.awardCategories().stream().map(c -> c.code()).toList());
    assertThat(AwardPlan.categories(rubric))
        .allSatisfy(
            c -> {
              assertThat(c.nominees()).isEqualTo(AwardPlan.NOMINEES_PER_CATEGORY);
              assertThat(c.winners()).isLessThanOrEqualTo(c.nominees());
            });
    assertThat(rubric.indicators()).extracting(Indicator::code).contains("16", "35");
  }

  /** Nominees across the demo's island groups, Jawa Timur's among them. */
  private static Map<String, String> nominees() {
    Map<String, String> nominees = new LinkedHashMap<>();
    for (String code : List.of("35", "35.07", "35.79", "73.71", "51.71", "12.71", "91.71")) {
      nominees.put(code, code);
    }
    return nominees;
  }
}
