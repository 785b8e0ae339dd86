package id.inovik.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.region.RegionCatalog;
import id.inovik.command.support.Http;
import id.inovik.dataset.AwardEditionLoader;
import id.inovik.dataset.AwardPlan;
import id.inovik.dataset.CommandApiLoader;
import id.inovik.dataset.DatasetGenerator;
import id.inovik.dataset.GeneratedEdition;
import id.inovik.dataset.GeneratedInnovation;
import id.inovik.dataset.Scale;
import id.inovik.dataset.ScoringExport;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.ranking.CategoryRanking;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The generator's award editions against the real command service (PostgreSQL and Kafka, started
 * from its jar): a demo IGA edition taken to published results, and run again without failing or
 * storing a refusal twice; the edition inovik-up shows (IGA in presentasi with nominees) and a KIPP
 * edition to its Top 45.
 */
class DemoEditionIT {

  private static final PrintStream QUIET =
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @Test
  void aDemoEditionRunsToPublishedResultsWithRefusedConflictsAndRunsAgain() throws Exception {
    SystemUnderTest system = SystemUnderTest.get();
    Http http = new Http(system.command.baseUrl());
    // another year than inovik-up's edition, so the two tests of this JVM do not share an edition
    GeneratedEdition demo =
        new DatasetGenerator(RegionCatalog.load(), 7).generate(Scale.DEMO, 2026);
    Map<String, String> ids = load(system, demo);
    AwardEditionLoader loader = loader(system, 7);

    AwardEditionLoader.Result result = loader.runIga(demo, ids, AwardPlan.Until.PUBLISHED);

    assertThat(result.stage()).isEqualTo("pleno");
    assertThat(result.publishedUnder()).isEqualTo(AwardPlan.decreeNumber(2026));
    JsonNode results = http.get("/api/editions/IGA/2026/results").json();
    List<String> withSubmissions = categoriesWithSubmissions(demo);
    assertThat(withSubmissions).contains("provinsi", "kabupaten", "kota");
    List<String> published = new ArrayList<>();
    for (JsonNode category : results.get("categories")) {
      String code = category.get("code").asString();
      if (withSubmissions.contains(code)) {
        assertThat(category.get("standings").get("entries").size()).as(code).isPositive();
        assertThat(category.get("winners").size()).as(code).isBetween(1, 3);
        published.add(code);
      }
    }
    assertThat(published).containsExactlyInAnyOrderElementsOf(withSubmissions);

    JsonNode jury = http.get("/api/editions/IGA/2026/jury").json();
    JsonNode refusals = jury.get("refusals");
    assertThat(refusals.size()).isEqualTo(result.refusedConflicts()).isPositive();
    for (JsonNode r : refusals) {
      assertThat(r.get("region").asString()).startsWith(r.get("jurorProvinceCode").asString());
      assertThat(r.get("attempted").asString()).isEqualTo("ASSIGNMENT");
    }
    assertThat(jury.get("presentation").size()).isPositive();
    assertThat(jury.get("field").size()).isEqualTo(jury.get("presentation").size());
    // the validators: quality control reviewed part of the verifier's decisions
    assertThat(result.qualityControlReviews()).isPositive();
    JsonNode spd = http.get("/api/editions/IGA/2026/submissions/35.07").json().get("spd");
    assertThat(spd.size()).isPositive();
    spd.forEach(claim -> assertThat(claim.get("verifier").isNull()).isFalse());

    // inovik-up runs it again on every start: nothing fails, no refusal is stored twice
    AwardEditionLoader.Result again =
        loader.runIga(demo, load(system, demo), AwardPlan.Until.PUBLISHED);

    assertThat(again.publishedUnder()).isEqualTo(result.publishedUnder());
    assertThat(http.get("/api/editions/IGA/2026/jury").json().get("refusals").size())
        .isEqualTo(refusals.size());
  }

  @Test
  void theEditionsInovikUpShowsAreAnIgaEditionInPresentationAndAKippTop45() throws Exception {
    SystemUnderTest system = SystemUnderTest.get();
    Http http = new Http(system.command.baseUrl());
    GeneratedEdition demo =
        new DatasetGenerator(RegionCatalog.load(), 2025).generate(Scale.DEMO, 2025);
    Map<String, String> ids = load(system, demo);
    AwardEditionLoader loader = loader(system, 2025);

    loader.runIga(demo, ids, AwardPlan.Until.PRESENTASI);
    AwardEditionLoader.KippResult kipp = loader.runKipp(2025, demo.regions(), ids);

    JsonNode edition = http.get("/api/editions/IGA/2025").json();
    assertThat(edition.get("stage").asString()).isEqualTo("presentasi");
    assertThat(edition.get("stageOpen").asBoolean()).isTrue();
    JsonNode kota = http.get("/api/editions/IGA/2025/categories/kota/nominees").json();
    assertThat(kota.get("nominees").size()).isBetween(1, AwardPlan.NOMINEES_PER_CATEGORY);
    assertThat(kota.get("ranking").get("entries").size())
        .isGreaterThanOrEqualTo(kota.get("nominees").size());
    assertThat(http.get("/api/editions/IGA/2025/jury").json().get("refusals").size()).isPositive();
    int proposals = AwardPlan.kippProposals(demo.regions()).size();
    assertThat(kipp.proposals()).isEqualTo(proposals).isGreaterThan(45);
    assertThat(kipp.top99()).hasSize(Math.min(99, proposals));
    assertThat(kipp.top45()).hasSize(45);
    assertThat(kipp.top99()).containsAll(kipp.top45());
    JsonNode shortlists = http.get("/api/editions/KIPP/2025/jury").json().get("shortlists");
    assertThat(shortlists.get("top-45").get("selected").size()).isEqualTo(45);
  }

  private static List<String> categoriesWithSubmissions(GeneratedEdition demo) {
    List<String> codes = new ArrayList<>();
    for (CategoryRanking c :
        new EditionScoring(RubricCatalogue.edition(demo.edition()))
            .score(ScoringExport.submissions(demo))
            .categories()) {
      if (!c.entries().isEmpty()) {
        codes.add(c.category());
      }
    }
    return codes;
  }

  private static Map<String, String> load(SystemUnderTest system, GeneratedEdition demo)
      throws InterruptedException {
    List<GeneratedInnovation> innovations =
        demo.regions().stream().flatMap(r -> r.innovations().stream()).toList();
    CommandApiLoader.Result loaded =
        new CommandApiLoader(URI.create(system.command.baseUrl() + "/"), 4, 0, QUIET)
            .load(innovations);
    assertThat(loaded.problems()).isEmpty();
    return loaded.ids();
  }

  private static AwardEditionLoader loader(SystemUnderTest system, long seed) {
    return new AwardEditionLoader(
        URI.create(system.command.baseUrl() + "/"),
        seed,
        4,
        LocalDate.now(ZoneOffset.ofHours(7)),
        QUIET);
  }
}
