package id.inovik.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.IslandGroup;
import id.inovik.api.region.RegionCatalog;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.iid.ValidationStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {
  private static final RegionCatalog CATALOG = RegionCatalog.load();
  private static GeneratedEdition edition2025;
  private static DatasetSummary summary2025;

  @BeforeAll
  static void generateOnce() {
    edition2025 = new DatasetGenerator(CATALOG, 2025).generate(Scale.EDITION, 2025);
    summary2025 = DatasetSummary.of(edition2025);
  }

  @Test
  void anEditionHasItsPublishedVolume() {
    assertThat(edition2025.innovationCount()).isEqualTo(36_742);
    assertThat(edition2025.regions()).hasSize(531);
    assertThat(edition2025.regions())
        .allSatisfy(
            r -> {
              assertThat(r.region().autonomous()).isTrue();
              assertThat(r.innovations()).isNotEmpty();
            });
    assertThat(edition2025.regions().stream().map(r -> r.region().code()).distinct()).hasSize(531);
  }

  @Test
  void everyPublishedEditionHasItsVolume() {
    DatasetGenerator generator = new DatasetGenerator(CATALOG, 7);
    for (EditionVolume volume : EditionVolume.PUBLISHED) {
      GeneratedEdition edition = generator.generate(Scale.EDITION, volume.edition());
      assertThat(edition.innovationCount())
          .as("innovations %d", volume.edition())
          .isEqualTo(volume.innovations());
      assertThat(edition.regions())
          .as("regions %d", volume.edition())
          .hasSize(volume.reportingRegions());
    }
  }

  @Test
  void javaAndSumatraBringThreeQuartersAndPapuaAboutOnePercent() {
    assertThat(summary2025.share(List.of(IslandGroup.JAWA, IslandGroup.SUMATERA)))
        .isBetween(0.72, 0.78);
    assertThat(summary2025.share(List.of(IslandGroup.PAPUA))).isBetween(0.006, 0.02);
  }

  @Test
  void moreThanNinetyPercentAreImplementedAndHealthAndEducationLead() {
    assertThat(
            summary2025.byStage().get(InnovationStage.PENERAPAN)
                / (double) summary2025.innovations())
        .isGreaterThan(0.9);
    assertThat(summary2025.byStage())
        .containsOnlyKeys(
            InnovationStage.INISIATIF, InnovationStage.UJI_COBA, InnovationStage.PENERAPAN);
    assertThat(summary2025.byAffair().keySet().stream().limit(2))
        .containsExactly(GovernmentAffair.KESEHATAN, GovernmentAffair.PENDIDIKAN);
  }

  @Test
  void theSameSeedGivesTheSameDatasetAndAnotherSeedAnother() {
    GeneratedEdition again = new DatasetGenerator(CATALOG, 2025).generate(Scale.EDITION, 2025);
    GeneratedEdition other = new DatasetGenerator(CATALOG, 2026).generate(Scale.EDITION, 2025);

    assertThat(again).isEqualTo(edition2025);
    assertThat(other.regions().getFirst().innovations())
        .isNotEqualTo(edition2025.regions().getFirst().innovations());
  }

  @Test
  void lifecycleDatesFollowTheStageOrderInsideTheReportingWindow() {
    for (GeneratedRegion region : edition2025.regions()) {
      for (GeneratedInnovation innovation : region.innovations()) {
        assertThat(innovation.reviewedOn()).isBeforeOrEqualTo(innovation.decreeDate());
        if (innovation.trialStartedOn() != null) {
          assertThat(innovation.decreeDate()).isBeforeOrEqualTo(innovation.trialStartedOn());
        }
        switch (innovation.stage()) {
          case PENERAPAN -> {
            assertThat(innovation.trialStartedOn()).isBeforeOrEqualTo(innovation.implementedOn());
            assertThat(innovation.implementedOn().getYear()).isBetween(2023, 2024);
          }
          case UJI_COBA -> assertThat(innovation.implementedOn()).isNull();
          case INISIATIF -> assertThat(innovation.trialStartedOn()).isNull();
          default -> throw new AssertionError("unexpected stage " + innovation.stage());
        }
      }
    }
  }

  @Test
  void claimsAreValidatedDownwardsWithEvidence() {
    Map<ValidationStatus, Integer> outcomes = summary2025.claimsByOutcome();
    int claims = outcomes.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(outcomes.get(ValidationStatus.ACCEPTED) / (double) claims).isBetween(0.6, 0.9);
    assertThat(outcomes.get(ValidationStatus.DOWNGRADED)).isPositive();
    assertThat(outcomes.get(ValidationStatus.ZEROED)).isPositive();
    GeneratedInnovation first = edition2025.regions().getFirst().innovations().getFirst();
    assertThat(first.claims())
        .hasSize(20)
        .allSatisfy(
            c -> {
              assertThat(c.validatedOption()).isLessThanOrEqualTo(c.option());
              assertThat(c.option() == 0 || !c.evidence().isEmpty()).isTrue();
            });
  }

  @Test
  void namesAndTextsReadLikeIndonesianEntries() {
    List<GeneratedInnovation> all =
        edition2025.regions().stream().flatMap(r -> r.innovations().stream()).toList();
    Set<String> names = all.stream().map(i -> i.profile().name()).collect(Collectors.toSet());
    assertThat(names.size()).isGreaterThan(500);
    assertThat(names)
        .anyMatch(n -> n.matches("^[A-Z]+-[A-Z]+.*"))
        .anyMatch(n -> n.startsWith("Layanan "));
    assertThat(all)
        .allSatisfy(
            i -> {
              assertThat(i.profile().name().length()).isBetween(3, 200);
              assertThat(i.profile().design()).startsWith("Sebelum inovasi ini,");
              assertThat(i.profile().owningAgency()).isNotBlank();
            });
  }

  @Test
  void theScoringEngineScoresAGeneratedEdition() {
    EditionResult result =
        new EditionScoring(RubricCatalogue.edition(2025))
            .score(ScoringExport.submissions(edition2025));

    assertThat(result.regions()).hasSize(531);
    assertThat(result.category("kabupaten").entries()).isNotEmpty();
    // the edition's initial lists of border and underdeveloped regions fill those award categories
    assertThat(result.category("daerah-tertinggal").entries()).hasSizeGreaterThan(20);
    assertThat(result.category("daerah-perbatasan").entries()).hasSizeGreaterThan(20);
    assertThat(result.regions())
        .allSatisfy(r -> assertThat(r.validated().iid()).isLessThanOrEqualTo(r.claimed().iid()));
    assertThat(
            result.regions().stream()
                .filter(r -> r.validated().predikat().equals("Sangat Inovatif")))
        .isNotEmpty();
  }

  @Test
  void theDemoFindsWhatTheLocalRunSuggestsSearchingFor() {
    GeneratedEdition demo = new DatasetGenerator(CATALOG, 2025).generate(Scale.DEMO, 2025);
    List<GeneratedInnovation> all =
        demo.regions().stream().flatMap(r -> r.innovations().stream()).toList();

    assertThat(all.size()).isBetween(60, 120);
    assertThat(demo.regions().stream().map(r -> r.region().islandGroup()).distinct()).hasSize(7);
    assertThat(all)
        .anyMatch(
            i ->
                i.profile().regionCode().startsWith("35")
                    && i.profile().name().contains("Puskesmas")
                    && i.stage() == InnovationStage.PENERAPAN);
    assertThat(all)
        .anyMatch(
            i ->
                i.profile().mainAffair()
                    == GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL);
    assertThat(all)
        .anyMatch(i -> i.profile().owningAgency().contains("Bapenda") && i.profile().digital());
  }
}
