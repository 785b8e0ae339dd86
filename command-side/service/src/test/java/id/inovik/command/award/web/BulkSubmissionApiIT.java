package id.inovik.command.award.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.command.support.Http;
import id.inovik.command.support.PostgresTestDatabase;
import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.cli.SubmissionDocument;
import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.iid.IndicatorClaim;
import id.inovik.scoring.iid.InnovationSubmission;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.iid.ValidationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A file in the scoring CLI's format posted to an edition against the real PostgreSQL and Kafka:
 * claims stored while the collection is open, refused items listed with their paths, a re-post that
 * changes nothing, the file's validations recorded once measurement is open, and the IID of the
 * stored claims and decisions equal to the IID the scoring engine gives for the file itself.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(partitions = 2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulkSubmissionApiIT {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();
  static final String BASE = "/api/editions/IGA/2027";
  static final String BULK = "/api/editions/2027/submissions";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::user);
    registry.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;
  Http http;
  Edition rubric;
  String malang1;
  String malang2;
  String batu1;
  ObjectNode file;

  @BeforeAll
  void editionInnovationsAndFile() {
    http = new Http("http://127.0.0.1:" + port);
    assertThat(http.post("/api/editions", EditionApiIT.edition(2027)).status()).isEqualTo(201);
    rubric = RubricCatalogue.edition(http.get(BASE).json().get("rubricEdition").asInt());
    malang1 = propose("Puskesmas Ramah Lansia", "35.07");
    malang2 = propose("Adminduk Keliling", "35.07");
    batu1 = propose("Antrean Online", "35.79");
    file = json.createObjectNode();
    ArrayNode regions = file.putArray("regions");
    region(regions.addObject(), "35.07", List.of(malang1, malang2), 0);
    region(regions.addObject(), "35.79", List.of(batu1), 1);
  }

  String propose(String name, String region) {
    return http.post("/api/innovations", SubmissionApiIT.proposal(name, region))
        .json()
        .get("id")
        .asString();
  }

  /** A region with every SPD row and every SID row of its innovations, some validated. */
  void region(ObjectNode region, String code, List<String> innovations, int seed) {
    region.put("code", code);
    fill(region.putObject("spd"), region.putObject("spdValidation"), Aspect.SPD, seed);
    ArrayNode list = region.putArray("innovations");
    for (int j = 0; j < innovations.size(); j++) {
      ObjectNode innovation = list.addObject();
      innovation.put("id", innovations.get(j));
      innovation.put("mainAffair", j == 0 ? "kesehatan" : "pendidikan");
      fill(
          innovation.putObject("indicators"),
          innovation.putObject("validation"),
          Aspect.SID,
          seed + j + 1);
    }
  }

  void fill(ObjectNode claims, ObjectNode validations, Aspect aspect, int seed) {
    List<Indicator> rows = rubric.indicators(aspect);
    for (int i = 0; i < rows.size(); i++) {
      Indicator row = rows.get(i);
      int option = 1 + (i + seed) % 3;
      ObjectNode claim = claims.putObject(row.code());
      claim.put("option", option);
      if (!row.benefitBases().isEmpty()) {
        claim.put("basis", row.benefitBases().getFirst().code());
      }
      claim
          .putArray("evidence")
          .addObject()
          .put("kind", "UMUM")
          .put("title", "Bukti indikator " + row.code())
          .put("url", "https://bukti.example.go.id/" + seed + "/" + row.code() + ".pdf");
      switch ((i + seed) % 4) {
        case 0 -> validations.put(row.code(), "ACCEPTED");
        case 1 -> {
          if (option > 1) {
            validations
                .putObject(row.code())
                .put("status", "DOWNGRADED")
                .put("option", option - 1)
                .put("note", "bukti hanya mendukung parameter lebih rendah");
          }
        }
        case 2 ->
            validations
                .putObject(row.code())
                .put("status", "ZEROED")
                .put("note", "bukti dukung tidak sesuai");
        default -> {
          // pending
        }
      }
    }
  }

  int events(String region) {
    return jdbc.queryForObject(
        "select count(*) from domainevententry where aggregateidentifier = ?",
        Integer.class,
        region + "@IGA-2027");
  }

  List<String> fields(Http.Response r) {
    return r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
  }

  @Test
  @Order(1)
  void aFileThatCannotBeReadListsEveryBadFieldAndWritesNothing() {
    assertThat(http.post(BASE + "/stages/penjaringan/open", null).status()).isEqualTo(200);
    Http.Response bad =
        http.post(
            BULK,
            """
            {"regions":[{"code":"35.07","spd":{"8":7},"innovations":[{"indicators":{"16":1}}]},
                        {"code":"x"}]}
            """);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("Content-Type")).contains("application/problem+json");
    assertThat(fields(bad))
        .contains("regions[0].spd.8", "regions[0].innovations[0].id", "regions[1].code");
    assertThat(events("35.07")).isZero();
  }

  @Test
  @Order(2)
  void aFileIsStoredAsThePerPartClaims() {
    Http.Response posted = http.post(BULK, file.toString());
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    JsonNode malang = posted.json().get("regions").get(0);
    assertThat(malang.get("region").asString()).isEqualTo("35.07");
    assertThat(malang.get("partsWritten").asInt()).isEqualTo(3);
    assertThat(malang.get("validation").asString()).isEqualTo("deferred");
    assertThat(malang.path("versionBefore").isMissingNode() || malang.get("versionBefore").isNull())
        .isTrue();
    assertThat(malang.get("version").asLong()).isEqualTo(2);
    assertThat(events("35.07")).isEqualTo(3);
    assertThat(events("35.79")).isEqualTo(2);

    JsonNode stored = http.get(BASE + "/submissions/35.07").json();
    assertThat(stored.get("spd").size()).isEqualTo(rubric.indicators(Aspect.SPD).size());
    assertThat(stored.get("innovations").propertyNames()).containsExactly(malang1, malang2);
    String first = rubric.indicators(Aspect.SID).getFirst().code();
    assertThat(stored.get("innovations").get(malang1).get(first).get("option").asInt())
        .isEqualTo(file.at("/regions/0/innovations/0/indicators/" + first + "/option").asInt());
  }

  @Test
  @Order(3)
  void refusedItemsAreListedWithTheirPathsAndTheRestIsStored() {
    String sid = rubric.indicators(Aspect.SID).getFirst().code();
    String claim =
        """
        {"option":2,"evidence":[{"kind":"UMUM","title":"Bukti","url":"https://bukti.example.go.id/x.pdf"}]}
        """;
    Http.Response partly =
        http.post(
            BULK,
            """
            {"regions":[
              {"code":"35.07","innovations":[
                 {"id":"%s","indicators":{"%s":%s}},
                 {"id":"0b7e1c52-4f3a-4a9e-9d1e-2f7c8a6b5e10","indicators":{"%s":%s}},
                 {"id":"%s","indicators":{"99":%s}}]},
              {"code":"35.73","spd":{"%s":%s}},
              {"code":"36.99","spd":{"%s":%s}}]}
            """
                .formatted(
                    batu1,
                    sid,
                    claim,
                    sid,
                    claim,
                    malang1,
                    claim,
                    rubric.indicators(Aspect.SPD).getFirst().code(),
                    claim,
                    rubric.indicators(Aspect.SPD).getFirst().code(),
                    claim));
    assertThat(partly.status()).as(partly.body()).isEqualTo(422);
    assertThat(partly.header("Content-Type")).contains("application/problem+json");
    assertThat(partly.json().get("type").asString()).isEqualTo("/problems/bulk-items-refused");
    JsonNode errors = partly.json().get("errors");
    assertThat(fields(partly))
        .containsExactly(
            "regions[0].innovations[0].id",
            "regions[0].innovations[1].id",
            "regions[0].innovations[2].indicators.99",
            "regions[2].code");
    assertThat(errors.get(0).get("reason").asString())
        .isEqualTo("belongs to region 35.79, not to 35.07");
    assertThat(errors.get(1).get("reason").asString()).isEqualTo("is not a registered innovation");
    JsonNode kotaMalang = partly.json().get("regions").get(1);
    assertThat(kotaMalang.get("partsWritten").asInt()).isEqualTo(1);
    assertThat(events("35.73")).isEqualTo(1);
    assertThat(partly.json().get("regions").get(2).get("partsRefused").asInt()).isEqualTo(1);
    assertThat(events("35.07")).as("nothing of the refused parts is stored").isEqualTo(3);
  }

  @Test
  @Order(4)
  void postingTheSameFileAgainWritesNothing() {
    Http.Response again = http.post(BULK, file.toString());
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("partsWritten").asInt()).isZero();
    assertThat(again.json().get("partsUnchanged").asInt()).isEqualTo(5);
    assertThat(events("35.07")).isEqualTo(3);
    assertThat(events("35.79")).isEqualTo(2);
  }

  @Test
  @Order(5)
  void inMeasurementTheSameFileRecordsItsValidationsOnce() {
    assertThat(http.post(BASE + "/stages/penjaringan/close", null).status()).isEqualTo(200);
    assertThat(http.post(BASE + "/stages/pengukuran/open", null).status()).isEqualTo(200);

    Http.Response nobody = http.post(BULK, file.toString());
    assertThat(nobody.status()).isEqualTo(400);
    assertThat(fields(nobody)).containsExactly("validator");

    Http.Response verified =
        http.post(BULK + "?validator=Verifikator%2007&role=VERIFIER", file.toString());
    assertThat(verified.status()).as(verified.body()).isEqualTo(200);
    JsonNode report = verified.json();
    assertThat(report.get("partsUnchanged").asInt())
        .as("claims equal to the stored ones are unchanged, not refused, after the close")
        .isEqualTo(5);
    assertThat(report.get("decisionsRecorded").asInt()).isEqualTo(decisionsInFile());
    assertThat(report.get("regions").get(0).get("validation").asString()).isEqualTo("applied");
    assertThat(events("35.07")).isEqualTo(4);

    Http.Response again =
        http.post(BULK + "?validator=Verifikator%2007&role=VERIFIER", file.toString());
    assertThat(again.json().get("decisionsRecorded").asInt()).isZero();
    assertThat(again.json().get("decisionsUnchanged").asInt()).isEqualTo(decisionsInFile());
    assertThat(events("35.07")).isEqualTo(4);

    Http.Response controlled =
        http.post(BULK + "?validator=Tim%20UI&role=QUALITY_CONTROL", file.toString());
    assertThat(controlled.status()).as(controlled.body()).isEqualTo(200);
    JsonNode stored = http.get(BASE + "/submissions/35.07").json();
    String code = rubric.indicators(Aspect.SPD).getFirst().code();
    assertThat(stored.get("spd").get(code).get("qualityControl").get("outcome").asString())
        .isEqualTo("CONFIRMED");

    ObjectNode changed = file.deepCopy();
    String sid = rubric.indicators(Aspect.SID).getFirst().code();
    ObjectNode row = (ObjectNode) changed.at("/regions/0/innovations/1/indicators/" + sid);
    row.put("option", row.get("option").asInt() == 3 ? 2 : 3);
    row.remove("validation");
    ((ObjectNode) changed.at("/regions/0/innovations/1/validation")).remove(sid);
    Http.Response late =
        http.post(BULK + "?validator=Tim%20UI&role=QUALITY_CONTROL", changed.toString());
    assertThat(late.status()).isEqualTo(422);
    assertThat(fields(late)).containsExactly("regions[0].innovations[1]");
    assertThat(late.json().get("errors").get(0).get("code").asString())
        .isEqualTo("collection-closed");
    assertThat(late.json().get("errors").get(0).get("reason").asString())
        .contains("claims can no longer change");
  }

  int decisionsInFile() {
    int n = 0;
    for (RegionSubmission r : SubmissionDocument.regions(file)) {
      n +=
          (int)
              r.spd().values().stream().filter(c -> c.status() != ValidationStatus.PENDING).count();
      for (InnovationSubmission i : r.innovations()) {
        n +=
            (int)
                i.indicators().values().stream()
                    .filter(c -> c.status() != ValidationStatus.PENDING)
                    .count();
      }
    }
    return n;
  }

  @Test
  @Order(6)
  void theStoredClaimsScoreTheSameIidAsTheFile() {
    List<RegionSubmission> fromFile = SubmissionDocument.regions(file);
    List<RegionSubmission> fromStore = new ArrayList<>();
    for (RegionSubmission r : fromFile) {
      JsonNode stored = http.get(BASE + "/submissions/" + r.region().code()).json();
      List<InnovationSubmission> innovations = new ArrayList<>();
      for (InnovationSubmission i : r.innovations()) {
        innovations.add(i.withIndicators(claims(stored.get("innovations").get(i.id()))));
      }
      fromStore.add(r.withSpd(claims(stored.get("spd"))).withInnovations(innovations));
    }
    EditionScoring scoring = new EditionScoring(rubric);
    EditionResult expected = scoring.score(fromFile);
    EditionResult actual = scoring.score(fromStore);
    for (RegionSubmission r : fromFile) {
      String code = r.region().code();
      assertThat(actual.region(code).claimed().iid())
          .isEqualByComparingTo(expected.region(code).claimed().iid());
      assertThat(actual.region(code).validated().iid())
          .as("validated IID of " + code)
          .isEqualByComparingTo(expected.region(code).validated().iid());
      assertThat(actual.region(code).validated().iid())
          .isLessThan(actual.region(code).claimed().iid());
    }
  }

  /** Stored claims as the scoring engine takes them: the option that counts and its outcome. */
  static Map<String, IndicatorClaim> claims(JsonNode stored) {
    Map<String, IndicatorClaim> claims = new TreeMap<>();
    for (var e : stored.properties()) {
      JsonNode c = e.getValue();
      String status = c.get("status").asString();
      JsonNode basis = c.get("benefitBasis");
      claims.put(
          e.getKey(),
          new IndicatorClaim(
              c.get("option").asInt(),
              basis == null || basis.isNull() ? null : basis.asString(),
              ValidationStatus.valueOf(status),
              c.get("validatedOption").asInt(),
              ""));
    }
    return claims;
  }
}
