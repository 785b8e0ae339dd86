package id.inovik.query.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.inovik.api.award.AwardTopics;
import id.inovik.api.award.ClaimsValidatedEvent;
import id.inovik.api.award.EditionCategory;
import id.inovik.api.award.EditionCreatedEvent;
import id.inovik.api.award.EditionIds;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.award.InnovationClaimedEvent;
import id.inovik.api.award.SpdClaimedEvent;
import id.inovik.api.award.ValidationDecision;
import id.inovik.api.award.ValidationOutcome;
import id.inovik.api.award.ValidatorRole;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.messaging.PublishedEvent;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionDesignation;
import id.inovik.query.support.Api;
import id.inovik.query.support.Api.FileResponse;
import id.inovik.query.support.EventStream;
import id.inovik.query.support.QueryServiceIntegrationTest;
import id.inovik.scoring.cli.CliRunner;
import id.inovik.scoring.edition.RankingTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Claims and validations published as the command side publishes them end up in {@code /score},
 * {@code /rankings} and {@code /summary} exactly as the scoring CLI scores the same claims: live
 * after validation, and {@code asOf} an instant between claims and validation; a rebuild from the
 * topics gives the same digest. The leaderboard export holds the same rows as {@code /rankings} and
 * as the CLI's {@code --export}, in CSV and XLSX.
 */
class StandingsProjectionIT extends QueryServiceIntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AtomicLong GLOBAL = new AtomicLong(1_000_000);
  private static final RegionCatalog CATALOG = RegionCatalog.load();
  private static final List<String> SPD =
      List.of(
          "1", "2a", "2b", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a", "11b",
          "12", "13a", "13b", "14", "15");
  private static final Instant CLAIMS = Instant.parse("2026-08-01T10:00:00Z");
  private static final Instant BETWEEN = Instant.parse("2026-08-20T00:00:00Z");
  private static final Instant VALIDATION = Instant.parse("2026-09-01T10:00:00Z");

  /** One region's claims and the decisions on them, as events and as the CLI's JSON. */
  private static final class Region {
    final String code;
    final Map<String, Integer> spd = new LinkedHashMap<>();
    // sorted by id: the order the fold (and so the engine) sees them
    final Map<String, Map<String, Integer>> innovations = new TreeMap<>();
    final Map<String, String> innovationNames = new LinkedHashMap<>();
    final Map<String, GovernmentAffair> affairs = new LinkedHashMap<>();

    /** "SPD/code" or "innovation/code" -> the validated option and outcome. */
    final Map<String, Object[]> validation = new LinkedHashMap<>();

    Instant submittedAt;

    Region(String code) {
      this.code = code;
    }

    ObjectNode cli(boolean validated) {
      var r = CATALOG.find(code).orElseThrow();
      ObjectNode node = JSON.createObjectNode();
      node.put("code", code);
      node.put("name", r.name());
      node.put(
          "border", CATALOG.initialListing(code, RegionDesignation.PERBATASAN, 2026).isPresent());
      node.put(
          "underdeveloped",
          CATALOG.initialListing(code, RegionDesignation.TERTINGGAL, 2026).isPresent());
      node.put("submittedAt", submittedAt.toString());
      ObjectNode spdNode = node.putObject("spd");
      spd.forEach(
          (c, o) -> spdNode.set(c, row(o, null, validated ? validation.get("SPD/" + c) : null)));
      ArrayNode list = node.putArray("innovations");
      innovations.forEach(
          (id, rows) -> {
            ObjectNode i = list.addObject();
            i.put("id", id);
            i.put("name", innovationNames.get(id));
            i.put("mainAffair", affairs.get(id).label());
            i.putArray("relatedAffairs").add(GovernmentAffair.KOMUNIKASI_INFORMATIKA.label());
            ObjectNode ind = i.putObject("indicators");
            rows.forEach(
                (c, o) ->
                    ind.set(
                        c,
                        row(
                            o,
                            c.equals("33") ? "a" : null,
                            validated ? validation.get(id + "/" + c) : null)));
          });
      return node;
    }

    private JsonNode row(int option, String basis, Object[] decision) {
      ObjectNode row = JSON.createObjectNode();
      row.put("option", option);
      if (basis != null) {
        row.put("basis", basis);
      }
      if (decision != null) {
        ObjectNode v = row.putObject("validation");
        v.put("status", ((ValidationOutcome) decision[1]).name());
        v.put("option", (Integer) decision[0]);
        v.put("note", (String) decision[2]);
      }
      return row;
    }
  }

  @Test
  void liveAndAsOfStandingsEqualTheScoringCliOnTheSameClaims() {
    String programme =
        "T" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").toUpperCase(Locale.ROOT);
    String editionId = EditionIds.edition(programme, 2026);
    Random random = new Random(20260101);
    // 35.07 and 35.15 are kabupaten, 35.73 and 35.78 kota; the two kota claim the same at the same
    // time, so they tie in their category and nationally
    List<Region> regions = new ArrayList<>();
    for (String code : List.of("35.07", "35.15", "35.73", "35.78")) {
      regions.add(new Region(code));
    }
    for (Region r : regions) {
      boolean twin = r.code.equals("35.78");
      Random rows = twin ? new Random(7) : r.code.equals("35.73") ? new Random(7) : random;
      SPD.forEach(c -> r.spd.put(c, 1 + rows.nextInt(3)));
      for (int i = 0; i < 3; i++) {
        String id = UUID.randomUUID().toString();
        Map<String, Integer> sid = new LinkedHashMap<>();
        for (int c = 16; c <= 35; c++) {
          sid.put(Integer.toString(c), 1 + rows.nextInt(3));
        }
        r.innovations.put(id, sid);
        r.innovationNames.put(id, "Inovasi " + r.code + " " + i);
        r.affairs.put(
            id,
            List.of(
                    GovernmentAffair.PENDIDIKAN,
                    GovernmentAffair.KESEHATAN,
                    GovernmentAffair.SOSIAL)
                .get(i));
      }
    }

    // the edition, the innovations' profiles, then every region's claims
    sendAward(
        editionId,
        new EditionCreatedEvent(
            editionId,
            programme,
            2026,
            2026,
            List.of(
                new EditionCategory("kabupaten", "Kabupaten"), new EditionCategory("kota", "Kota")),
            List.of(),
            CLAIMS.minusSeconds(86_400),
            null,
            null),
        editionId,
        0,
        CLAIMS.minusSeconds(86_400));
    for (Region r : regions) {
      r.innovations
          .keySet()
          .forEach(
              id -> {
                InnovationProfile profile =
                    EventStream.profile(
                        r.innovationNames.get(id), r.code, "Rancang bangun.", r.affairs.get(id));
                events()
                    .send(
                        EventStream.proposed(id, profile, CLAIMS.minusSeconds(3_600)),
                        0,
                        CLAIMS.minusSeconds(3_600));
              });
    }
    int minute = 0;
    for (Region r : regions) {
      String submission = EditionIds.submission(r.code, editionId);
      Instant at =
          r.code.equals("35.78") ? regions.get(2).submittedAt : CLAIMS.plusSeconds(60L * minute++);
      long seq = 0;
      List<IndicatorClaim> spdClaims = new ArrayList<>();
      r.spd.forEach((c, o) -> spdClaims.add(new IndicatorClaim(c, o, null, List.of())));
      sendAward(
          r.code,
          new SpdClaimedEvent(submission, editionId, r.code, spdClaims, at),
          submission,
          seq++,
          at);
      for (var e : r.innovations.entrySet()) {
        List<IndicatorClaim> claims = new ArrayList<>();
        e.getValue()
            .forEach(
                (c, o) ->
                    claims.add(new IndicatorClaim(c, o, c.equals("33") ? "a" : null, List.of())));
        sendAward(
            r.code,
            new InnovationClaimedEvent(submission, editionId, r.code, e.getKey(), claims, at),
            submission,
            seq++,
            at);
      }
      r.submittedAt = at;
    }

    // before any validation: live equals the CLI on the claims alone
    String claimsOnly = document(regions, false);
    awaitPending(programme, true);
    assertEqualsCli(programme, "", claimsOnly);
    // the twin kota tie: the export shows them on one shared rank, as /rankings does
    assertCategoryExportEqualsRankings(programme, "kota", claimsOnly, true);

    // validation: the verifier downgrades and zeroes rows, quality control overrules one decision
    for (Region r : regions) {
      if (r.code.equals("35.78")) {
        continue; // the twin stays pending: it keeps its claimed numbers
      }
      String submission = EditionIds.submission(r.code, editionId);
      String firstInnovation = r.innovations.keySet().iterator().next();
      List<ValidationDecision> verifier = new ArrayList<>();
      verifier.add(decide(r, null, "1", ValidationOutcome.ACCEPTED, null, "Perkada ada"));
      verifier.add(decide(r, null, "8", ValidationOutcome.ZEROED, 0, "Tanpa bukti"));
      verifier.add(
          decide(r, firstInnovation, "16", ValidationOutcome.DOWNGRADED, 0, "Regulasi belum sah"));
      verifier.add(
          decide(r, firstInnovation, "35", ValidationOutcome.ACCEPTED, null, "Video lengkap"));
      sendAward(
          r.code,
          new ClaimsValidatedEvent(
              submission,
              editionId,
              r.code,
              "verifikator-" + r.code,
              ValidatorRole.VERIFIER,
              verifier,
              VALIDATION),
          submission,
          1 + r.innovations.size(),
          VALIDATION);
      List<ValidationDecision> qc =
          List.of(decide(r, null, "1", ValidationOutcome.ZEROED, 0, "QC: dokumen palsu"));
      sendAward(
          r.code,
          new ClaimsValidatedEvent(
              submission,
              editionId,
              r.code,
              "qc-" + r.code,
              ValidatorRole.QUALITY_CONTROL,
              qc,
              VALIDATION.plusSeconds(60)),
          submission,
          2 + r.innovations.size(),
          VALIDATION.plusSeconds(60));
    }
    String afterValidation = document(regions, true);
    awaitPending(programme, false);
    assertEqualsCli(programme, "", afterValidation);

    // as of an instant between claims and validation: the claims-only standings again
    assertEqualsCli(programme, "asOf=" + BETWEEN, claimsOnly);

    // the leaderboard export: the CLI's --export rows, the /rankings entries, CSV and XLSX alike
    assertExportEqualsCli(programme, "", afterValidation);
    assertExportEqualsCli(programme, "asOf=" + BETWEEN, claimsOnly);
    assertCategoryExportEqualsRankings(programme, "kota", afterValidation, false);
    assertCategoryExportEqualsRankings(programme, "kabupaten", afterValidation, false);
    Api.Response bad =
        api()
            .get(
                "/api/editions/"
                    + programme
                    + "/2026/rankings/export?format=pdf&category=desa&asOf=kemarin");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("format", "category", "asOf");

    // every row names the events behind it: the QC decision on SPD 1 of 35.07
    JsonNode score = api().get("/api/editions/" + programme + "/2026/regions/35.07/score").json();
    JsonNode spd1 = find(score.path("region").path("spd"), "code", "1");
    assertThat(spd1.path("events").path("qualityControl").path("by").asString())
        .isEqualTo("qc-35.07");
    assertThat(spd1.path("events").path("verification").path("outcome").asString())
        .isEqualTo("ACCEPTED");
    assertThat(spd1.path("events").path("claim").path("eventId").asString()).isNotBlank();
    assertThat(spd1.path("status").asString()).isEqualTo("ZEROED");

    // determinism: the live digest is the engine's on the CLI document, and a rebuild gives it
    // again
    String engineDigest = StandingsDigest.of(CliRunner.result(afterValidation));
    JsonNode summary = api().get("/api/editions/" + programme + "/2026/summary").json();
    assertThat(summary.path("digest").asString()).isEqualTo(engineDigest);
    JsonNode verify = api().post("/api/admin/standings/verify").json();
    assertThat(verify.path(editionId).path("rebuilt").asString()).isEqualTo(engineDigest);
    assertThat(verify.path(editionId).path("identical").asBoolean()).isTrue();
    JsonNode earlier =
        api().get("/api/editions/" + programme + "/2026/summary?asOf=" + BETWEEN).json();
    assertThat(earlier.path("digest").asString())
        .isEqualTo(StandingsDigest.of(CliRunner.result(claimsOnly)));

    // what-if under 2027's rubric equals the CLI's --what-if
    JsonNode cliWhatIf =
        CliRunner.score(afterValidation, "--what-if", "2027").path("whatIf").get(0);
    JsonNode whatIf =
        api().get("/api/editions/" + programme + "/2026/rankings?category=kota&rubric=2027").json();
    assertThat(whatIf.path("whatIf").path("movers").asInt())
        .isEqualTo(cliWhatIf.path("movers").asInt());
    assertThat(whatIf.path("rubric").asInt()).isEqualTo(2027);
  }

  @Test
  void recordsTheStandingsCannotApplyAreListedAndTurnHealthDown() {
    api().delete("/api/admin/standings/failures");
    try {
      kafka.send(AwardTopics.AWARD_EVENTS, "99.99", "{not an envelope").get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    // a decision on a row nobody claimed: the aggregate would have refused it
    sendAward(
        "91.71",
        new ClaimsValidatedEvent(
            "91.71@IGA-2031",
            "IGA-2031",
            "91.71",
            "verifikator",
            ValidatorRole.VERIFIER,
            List.of(
                new ValidationDecision(null, "8", ValidationOutcome.ACCEPTED, 2, "tanpa klaim")),
            VALIDATION),
        "91.71@IGA-2031",
        0,
        VALIDATION);
    await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () ->
                api().get("/api/admin/standings/failures").json().get("unacknowledged").asLong()
                    >= 2);
    JsonNode failures = api().get("/api/admin/standings/failures").json();
    assertThat(failures.get("recent").toString())
        .contains("decision on unclaimed row")
        .contains(AwardTopics.AWARD_EVENTS);
    JsonNode health = api().get("/actuator/health/standings").json();
    assertThat(health.get("status").asString()).isEqualTo("DOWN");
    assertThat(health.at("/details/unapplied").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(api().delete("/api/admin/standings/failures").json().get("acknowledged").asLong())
        .isGreaterThanOrEqualTo(2);
    assertThat(api().get("/actuator/health/standings").json().get("status").asString())
        .isEqualTo("UP");
  }

  @Test
  void badParametersAreProblemsListingEveryField() {
    Api.Response r = api().get("/api/editions/2026/rankings?asOf=yesterday&rubric=1999");
    assertThat(r.status()).isEqualTo(400);
    JsonNode errors = r.json().path("errors");
    assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("asOf", "rubric");
    assertThat(api().get("/api/editions/QQQQQQQQ/2026/rankings").status()).isEqualTo(404);

    FileResponse export =
        api().download("/api/editions/2026/rankings/export?format=ods&asOf=yesterday&rubric=1999");
    assertThat(export.status()).isEqualTo(400);
    assertThat(export.contentType()).startsWith("application/problem+json");
    assertThat(export.json().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("format", "asOf", "rubric");
    assertThat(api().download("/api/editions/QQQQQQQQ/2026/rankings/export").status())
        .isEqualTo(404);
  }

  /**
   * The export of every category (national first) holds the CLI's {@code --export} rows for the
   * same claims, cell for cell, with the claimed IID after them.
   */
  private void assertExportEqualsCli(String programme, String query, String document) {
    List<List<String>> cli = cliExport(document);
    FileResponse file =
        api()
            .download(
                "/api/editions/"
                    + programme
                    + "/2026/rankings/export"
                    + (query.isEmpty() ? "" : "?" + query));
    assertThat(file.status()).as(file.text()).isEqualTo(200);
    assertThat(file.contentType()).startsWith("text/csv");
    String editionId = EditionIds.edition(programme, 2026);
    assertThat(file.contentDisposition())
        .contains(
            query.isEmpty()
                ? "filename=\"peringkat-" + editionId + ".csv\""
                : "peringkat-" + editionId + "-per-");
    List<List<String>> rows = csv(file);
    assertThat(rows.getFirst()).isEqualTo(RankingTable.headers(true));
    assertThat(rows.stream().map(r -> r.subList(0, RankingTable.HEADERS.size())).toList())
        .isEqualTo(cli);
    // the claimed IID is the CLI's claimed IID of the region
    JsonNode scored = CliRunner.score(document);
    for (List<String> row : rows.subList(1, rows.size())) {
      JsonNode region = cliRegion(scored, row.get(1));
      assertThat(new BigDecimal(row.getLast()))
          .as(row.toString())
          .isEqualByComparingTo(region.path("claimed").path("iid").asString());
    }
  }

  /**
   * One category's export, CSV and XLSX, holds the {@code /rankings} entries of the category in
   * order, ties included, and the CLI's export rows of that category.
   */
  private void assertCategoryExportEqualsRankings(
      String programme, String category, String document, boolean tie) {
    String base = "/api/editions/" + programme + "/2026/rankings";
    JsonNode board = api().get(base + "?category=" + category + "&size=1000").json();
    String label = board.path("label").asString();
    FileResponse file = api().download(base + "/export?format=csv&category=" + category);
    assertThat(file.status()).as(file.text()).isEqualTo(200);
    assertThat(file.contentDisposition())
        .contains(
            "filename=\"peringkat-"
                + EditionIds.edition(programme, 2026)
                + "-"
                + category
                + ".csv\"");
    List<List<String>> rows = csv(file);
    List<List<String>> data = rows.subList(1, rows.size());
    assertThat(data).hasSize(board.path("entries").size()).isNotEmpty();
    for (int i = 0; i < data.size(); i++) {
      List<String> row = data.get(i);
      JsonNode e = board.path("entries").get(i);
      String at = category + " #" + i + " " + row;
      assertThat(new BigDecimal(row.get(0))).as(at).isEqualByComparingTo(e.path("rank").asString());
      assertThat(row.subList(1, 4))
          .as(at)
          .containsExactly(e.path("regionCode").asString(), e.path("name").asString(), label);
      assertThat(new BigDecimal(row.get(4))).as(at).isEqualByComparingTo(e.path("iid").asString());
      assertThat(row.get(5)).as(at).isEqualTo(e.path("predikat").asString());
      assertThat(new BigDecimal(row.get(6))).as(at).isEqualByComparingTo(e.path("spd").asString());
      assertThat(new BigDecimal(row.get(7))).as(at).isEqualByComparingTo(e.path("sid").asString());
      assertThat(Integer.parseInt(row.get(8))).as(at).isEqualTo(e.path("innovations").asInt());
      assertThat(row.get(9)).as(at).isEqualTo(e.path("previousRank").asString(""));
      assertThat(row.get(10)).as(at).isEqualTo(e.path("movement").asString(""));
      assertThat(new BigDecimal(row.get(11)))
          .as(at)
          .isEqualByComparingTo(e.path("claimedIid").asString());
    }
    // a tie in /rankings is a shared rank in the file
    for (int i = 1; i < data.size(); i++) {
      boolean tied =
          board.path("entries").get(i).path("tied").asBoolean()
              && board.path("entries").get(i - 1).path("tied").asBoolean()
              && board
                  .path("entries")
                  .get(i)
                  .path("rank")
                  .asString()
                  .equals(board.path("entries").get(i - 1).path("rank").asString());
      assertThat(data.get(i).get(0).equals(data.get(i - 1).get(0))).as(category).isEqualTo(tied);
    }
    assertThat(data.stream().map(r -> new BigDecimal(r.getFirst())).distinct().count())
        .as(category + " has a shared rank")
        .isEqualTo(tie ? data.size() - 1 : data.size());
    // the CLI's export rows of this category, in the same order
    List<List<String>> cli =
        cliExport(document).stream().filter(r -> r.get(3).equals(label)).toList();
    assertThat(data.stream().map(r -> r.subList(0, RankingTable.HEADERS.size())).toList())
        .isEqualTo(cli);

    // the XLSX holds the same table, numbers as numbers
    FileResponse xlsx = api().download(base + "/export?format=xlsx&category=" + category);
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.contentType()).contains("spreadsheetml");
    assertThat(xlsx.contentDisposition()).contains("-" + category + ".xlsx");
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("Peringkat");
      List<Row> sheetRows = sheet.read();
      assertThat(sheetRows).hasSize(rows.size());
      for (int r = 0; r < rows.size(); r++) {
        List<String> expected = rows.get(r);
        Row actual = sheetRows.get(r);
        for (int c = 0; c < expected.size(); c++) {
          String want = expected.get(c);
          String at = "xlsx " + category + " row " + r + " column " + c;
          if (r > 0 && !want.isEmpty() && !TEXT_COLUMNS.contains(rows.getFirst().get(c))) {
            assertThat(actual.getCell(c).getType()).as(at).isEqualTo(CellType.NUMBER);
            assertThat(actual.getCellAsNumber(c).orElseThrow()).as(at).isEqualByComparingTo(want);
          } else {
            assertThat(c < actual.getCellCount() ? actual.getCellRawValue(c).orElse("") : "")
                .as(at)
                .isEqualTo(want);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The export's text columns; every other filled cell is a number in the XLSX. */
  private static final Set<String> TEXT_COLUMNS =
      Set.of("Kode Wilayah", "Nama Pemda", "Kategori", "Predikat");

  /** The scoring CLI's {@code --export} CSV for the document, header first. */
  private static List<List<String>> cliExport(String document) {
    try {
      Path file = Files.createTempFile("peringkat", ".csv");
      try {
        CliRunner.score(document, "--export", file.toString());
        return csv(Files.readString(file, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> csv(FileResponse file) {
    return csv(file.text());
  }

  /** Records of a CSV with its byte-order mark, which every export starts with. */
  private static List<List<String>> csv(String text) {
    assertThat(text).startsWith("\uFEFF");
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
      return parser.getRecords().stream().map(CSVRecord::toList).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode cliRegion(JsonNode scored, String code) {
    for (JsonNode r : scored.path("regions")) {
      if (r.path("region").path("code").asString().equals(code)) {
        return r;
      }
    }
    throw new AssertionError("the CLI scored no region " + code);
  }

  private void assertEqualsCli(String programme, String query, String document) {
    JsonNode cli = CliRunner.score(document);
    String q = query.isEmpty() ? "" : "&" + query;
    // every category, national first, one entry per page to exercise the ranks counted in the index
    List<JsonNode> rankings = new ArrayList<>();
    rankings.add(cli.path("rankings").path("national"));
    cli.path("rankings").path("categories").forEach(rankings::add);
    for (JsonNode ranking : rankings) {
      String category = ranking.path("category").asString();
      JsonNode all =
          api()
              .get("/api/editions/" + programme + "/2026/rankings?category=" + category + q)
              .json();
      assertThat(all.path("total").asInt()).as(category).isEqualTo(ranking.path("entries").size());
      for (int i = 0; i < ranking.path("entries").size(); i++) {
        JsonNode expected = ranking.path("entries").get(i);
        JsonNode page =
            api()
                .get(
                    "/api/editions/"
                        + programme
                        + "/2026/rankings?category="
                        + category
                        + "&size=1&page="
                        + (i + 1)
                        + q)
                .json()
                .path("entries")
                .get(0);
        for (JsonNode actual : List.of(all.path("entries").get(i), page)) {
          assertThat(actual.path("regionCode").asString())
              .as(category + " #" + i)
              .isEqualTo(expected.path("standing").path("regionCode").asString());
          assertThat(new BigDecimal(actual.path("rank").asString()))
              .as(category + " rank #" + i)
              .isEqualByComparingTo(expected.path("rank").asString());
          assertThat(new BigDecimal(actual.path("iid").asString()))
              .isEqualByComparingTo(expected.path("standing").path("iid").asString());
          assertThat(new BigDecimal(actual.path("sid").asString()))
              .isEqualByComparingTo(expected.path("standing").path("sid").asString());
          assertThat(new BigDecimal(actual.path("spd").asString()))
              .isEqualByComparingTo(expected.path("standing").path("spd").asString());
          assertThat(actual.path("predikat").asString())
              .isEqualTo(expected.path("standing").path("predikat").asString());
        }
      }
    }
    // a region's breakdown is the CLI's region, with the events beside each row
    for (JsonNode expected : cli.path("regions")) {
      String code = expected.path("region").path("code").asString();
      JsonNode actual =
          api()
              .get("/api/editions/" + programme + "/2026/regions/" + code + "/score?" + query)
              .json()
              .path("region");
      ObjectNode stripped = (ObjectNode) actual.deepCopy();
      stripped.path("spd").forEach(row -> ((ObjectNode) row).remove("events"));
      stripped
          .path("innovations")
          .forEach(i -> i.path("rows").forEach(row -> ((ObjectNode) row).remove("events")));
      assertThat(normal(stripped)).as(code).isEqualTo(normal(expected));
    }
  }

  /** Numbers compared by value (the index and the CLI may print 72.5 and 72.50). */
  private static String normal(JsonNode node) {
    return JSON.writeValueAsString(
        JSON.readTree(
            JSON.writeValueAsString(node)
                .replaceAll("(\\d+\\.\\d*?)0+([,}\\]])", "$1$2")
                .replaceAll("\\.([,}\\]])", "$1")));
  }

  private void awaitPending(String programme, boolean pending) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () -> {
              Api.Response r =
                  api().get("/api/editions/" + programme + "/2026/rankings?category=nasional");
              assertThat(r.status()).as(r.body()).isEqualTo(200);
              assertThat(r.json().path("total").asInt()).isEqualTo(4);
              JsonNode entries = r.json().path("entries");
              int withPending = 0;
              int fullyPending = 0;
              for (JsonNode e : entries) {
                if (e.path("pendingRows").asInt() > 0) {
                  withPending++;
                }
                if (e.path("pendingRows").asInt() == 20 + 60) {
                  fullyPending++;
                }
              }
              assertThat(withPending).isEqualTo(4);
              assertThat(fullyPending).isEqualTo(pending ? 4 : 1);
            });
  }

  private static ValidationDecision decide(
      Region r,
      String innovation,
      String code,
      ValidationOutcome outcome,
      Integer option,
      String note) {
    r.validation.put(
        (innovation == null ? "SPD" : innovation) + "/" + code,
        new Object[] {
          option != null
              ? option
              : innovation == null ? r.spd.get(code) : r.innovations.get(innovation).get(code),
          outcome == ValidationOutcome.DOWNGRADED && option != null && option == 0
              ? ValidationOutcome.ZEROED
              : outcome,
          note
        });
    return new ValidationDecision(innovation, code, outcome, option, note);
  }

  private static String document(List<Region> regions, boolean validated) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("edition", 2026);
    ArrayNode list = doc.putArray("regions");
    regions.forEach(r -> list.add(r.cli(validated)));
    return JSON.writeValueAsString(doc);
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.path(field).asString().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + field + "=" + value + " in " + array);
  }

  private void sendAward(String key, Object event, String aggregateId, long sequence, Instant at) {
    PublishedEvent published =
        new PublishedEvent(
            PublishedEvent.CURRENT_VERSION,
            UUID.randomUUID().toString(),
            event.getClass().getSimpleName(),
            "1",
            aggregateId,
            sequence,
            GLOBAL.incrementAndGet(),
            at,
            event);
    try {
      kafka
          .send(AwardTopics.AWARD_EVENTS, key, JSON.writeValueAsString(published))
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Could not send to Kafka", e);
    }
  }
}
