package id.inovik.command.award.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.award.AwardTopics;
import id.inovik.command.award.lookup.AwardLookupSchema;
import id.inovik.command.config.EventStoreSchema;
import id.inovik.command.support.Http;
import id.inovik.command.support.PostgresTestDatabase;
import id.inovik.command.support.PublishedRecords;
import java.util.List;
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
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A region's submission through the REST API against the real PostgreSQL and Kafka: claims while
 * the collection is open and refused after it closed or for another region's innovation, then the
 * verifier's and quality control's decisions, and the events on the award topic.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(partitions = 2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubmissionApiIT {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();
  static final String BASE = "/api/editions/IGA/2027";
  static final String MALANG = BASE + "/submissions/35.07";
  static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

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
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired EventStoreSchema eventTables;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JsonMapper json;
  Http http;
  String malangInnovation;
  String batuInnovation;

  static String proposal(String name, String region) {
    return """
        {"name":"%s","regionCode":"%s","owningAgency":"Dinas Kesehatan",
         "initiator":{"kind":"ASN","name":"dr. Rina Marlina"},"digital":true,
         "form":"PELAYANAN_PUBLIK","mainAffair":"KESEHATAN",
         "design":"Pendaftaran pasien lansia lewat aplikasi.","goals":"Memangkas antrean.",
         "benefits":"Waktu tunggu turun."}
        """
        .formatted(name, region);
  }

  static String letter(int option) {
    return """
        {"option":%d,"evidence":[{"kind":"RESMI","title":"LHP BPK atas LKPD 2026",
          "number":"45/LHP/XVIII.SBY/05/2027","date":"2026-05-20","contentHash":"%s"}]}
        """
        .formatted(option, HASH);
  }

  @BeforeAll
  void editionAndInnovations() {
    http = new Http("http://127.0.0.1:" + port);
    String edition = EditionApiIT.edition(2027);
    assertThat(http.post("/api/editions", edition).status()).isEqualTo(201);
    malangInnovation =
        http.post("/api/innovations", proposal("Puskesmas Ramah Lansia", "35.07"))
            .json()
            .get("id")
            .asString();
    batuInnovation =
        http.post("/api/innovations", proposal("Antrean Online", "35.79"))
            .json()
            .get("id")
            .asString();
  }

  int submissionEvents() {
    return jdbc.queryForObject(
        "select count(*) from domainevententry where aggregateidentifier = '35.07@IGA-2027'",
        Integer.class);
  }

  @Test
  @Order(1)
  void nothingIsClaimedBeforeTheCollectionOpens() {
    Http.Response early =
        http.send("PUT", MALANG + "/spd", "{\"claims\":{\"8\":" + letter(3) + "}}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("code").asString()).isEqualTo("collection-not-open");
    assertThat(http.post(BASE + "/stages/penjaringan/open", null).status()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void aRegionClaimsItsSpdAndItsInnovations() {
    Http.Response spd =
        http.send(
            "PUT",
            MALANG + "/spd",
            "{\"claims\":{\"8\":" + letter(3) + ",\"2a\":" + letter(2) + "}}");
    assertThat(spd.status()).isEqualTo(200);
    assertThat(spd.json().get("id").asString()).isEqualTo("35.07@IGA-2027");
    assertThat(spd.header("ETag")).isEqualTo("\"0\"");

    Http.Response stale =
        http.send(
            "PUT", MALANG + "/spd", "{\"claims\":{\"9\":" + letter(1) + "}}", "If-Match", "\"5\"");
    assertThat(stale.status()).isEqualTo(409);

    Http.Response sid =
        http.send(
            "PUT",
            MALANG + "/innovations/" + malangInnovation,
            """
            {"claims":{"16":%s,
              "33":{"option":2,"benefitBasis":"a","evidence":[{"kind":"UMUM",
                    "title":"Rekap penerima manfaat 2026","contentHash":"%s"}]},
              "35":{"option":3,"evidence":[{"kind":"VIDEO","title":"Video inovasi",
                    "url":"https://www.youtube.com/watch?v=xyz"}]}}}
            """
                .formatted(letter(3), HASH),
            "If-Match",
            "\"0\"");
    assertThat(sid.status()).isEqualTo(200);
    assertThat(sid.json().get("version").asLong()).isEqualTo(1);

    Http.Response same =
        http.send("PUT", MALANG + "/spd", "{\"claims\":{\"8\":" + letter(3) + "}}");
    assertThat(same.json().get("version").asLong())
        .as("nothing changed, nothing written")
        .isEqualTo(1);
    assertThat(submissionEvents()).isEqualTo(2);
  }

  @Test
  @Order(3)
  void anotherRegionsOrAnUnknownInnovationIsRefusedByField() {
    Http.Response theirs =
        http.send(
            "PUT",
            MALANG + "/innovations/" + batuInnovation,
            "{\"claims\":{\"16\":" + letter(3) + "}}");
    assertThat(theirs.status()).isEqualTo(400);
    assertThat(theirs.json().get("errors").get(0).get("field").asString())
        .isEqualTo("innovationId");
    assertThat(theirs.json().get("errors").get(0).get("reason").asString())
        .contains("belongs to region 35.79");
    Http.Response unknown =
        http.send(
            "PUT",
            MALANG + "/innovations/0b7e1c52-4f3a-4a9e-9d1e-2f7c8a6b5e10",
            "{\"claims\":{\"16\":" + letter(3) + "}}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").get(0).get("reason").asString())
        .isEqualTo("is not a registered innovation");
  }

  @Test
  @Order(4)
  void badClaimsListEveryBadField() {
    Http.Response bad =
        http.send(
            "PUT",
            MALANG + "/spd",
            """
            {"claims":{"2":%s,"99":%s,"9":{"option":5,"evidence":[{"kind":"RESMI","title":"SK"}]}}}
            """
                .formatted(letter(1), letter(1)));
    assertThat(bad.status()).isEqualTo(400);
    List<String> fields =
        bad.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    assertThat(fields)
        .contains(
            "claims.2",
            "claims.99",
            "claims.9.option",
            "claims.9.evidence[0].title",
            "claims.9.evidence[0].number",
            "claims.9.evidence[0].date",
            "claims.9.evidence[0]");
    Http.Response badKind =
        http.send(
            "PUT",
            MALANG + "/spd",
            "{\"claims\":{\"9\":{\"option\":1,\"evidence\":[{\"kind\":\"PDF\",\"title\":\"x\"}]}}}");
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.json().get("errors").get(0).get("field").asString())
        .isEqualTo("claims.9.evidence[0].kind");
    assertThat(submissionEvents()).isEqualTo(2);
  }

  @Test
  @Order(5)
  void afterTheCollectionClosesClaimsAreAConflict() {
    assertThat(http.post(BASE + "/stages/penjaringan/close", null).status()).isEqualTo(200);
    Http.Response late =
        http.send("PUT", MALANG + "/spd", "{\"claims\":{\"9\":" + letter(1) + "}}");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.header("Content-Type")).contains("application/problem+json");
    assertThat(late.json().get("code").asString()).isEqualTo("collection-closed");
    assertThat(late.json().get("stage").asString()).isEqualTo("penjaringan:closed");
    assertThat(submissionEvents()).isEqualTo(2);
  }

  @Test
  @Order(6)
  void validatorsDecideButNeverRaiseAClaim() {
    String decisions = MALANG + "/decisions";
    Http.Response early =
        http.post(
            decisions,
            "{\"validator\":\"Verifikator 07\",\"role\":\"VERIFIER\",\"decisions\":[{\"indicator\":\"8\",\"outcome\":\"ACCEPTED\"}]}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(http.post(BASE + "/stages/pengukuran/open", null).status()).isEqualTo(200);

    Http.Response raise =
        http.post(
            decisions,
            """
            {"validator":"Verifikator 07","role":"VERIFIER","decisions":[
              {"indicator":"2a","outcome":"ACCEPTED","option":3}]}
            """);
    assertThat(raise.status()).isEqualTo(400);
    assertThat(raise.json().get("errors").get(0).get("reason").asString())
        .contains("can never raise the claim");

    Http.Response verified =
        http.post(
            decisions,
            """
            {"validator":"Verifikator 07","role":"VERIFIER","decisions":[
              {"indicator":"8","outcome":"DOWNGRADED","option":2,"note":"Opini WDP"},
              {"innovationId":"%s","indicator":"35","outcome":"ZEROED","note":"Video privat"}]}
            """
                .formatted(malangInnovation));
    assertThat(verified.status()).as(verified.body()).isEqualTo(200);
    Http.Response controlled =
        http.post(
            decisions,
            """
            {"validator":"Tim UI","role":"QUALITY_CONTROL","decisions":[
              {"indicator":"8","outcome":"CONFIRMED"},
              {"innovationId":"%s","indicator":"35","outcome":"ACCEPTED",
               "note":"Video dapat diputar"}]}
            """
                .formatted(malangInnovation),
            "If-Match",
            verified.header("ETag"));
    assertThat(controlled.status()).as(controlled.body()).isEqualTo(200);

    JsonNode view = http.get(MALANG).json();
    JsonNode opinion = view.get("spd").get("8");
    assertThat(opinion.get("option").asInt()).isEqualTo(3);
    assertThat(opinion.get("validatedOption").asInt()).isEqualTo(2);
    assertThat(opinion.get("status").asString()).isEqualTo("DOWNGRADED");
    assertThat(opinion.get("qualityControl").get("outcome").asString()).isEqualTo("CONFIRMED");
    JsonNode video = view.get("innovations").get(malangInnovation).get("35");
    assertThat(video.get("verifier").get("outcome").asString()).isEqualTo("ZEROED");
    assertThat(video.get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(video.get("validatedOption").asInt()).isEqualTo(3);
    assertThat(view.get("submittedAt").isNull()).isFalse();

    List<PublishedRecords.Published> published =
        PublishedRecords.read(
            broker.getBrokersAsString(),
            AwardTopics.AWARD_EVENTS,
            e -> e.get("aggregateId").asString().equals("35.07@IGA-2027"),
            4);
    assertThat(published).allSatisfy(p -> assertThat(p.key()).isEqualTo("35.07"));
    assertThat(published)
        .extracting(p -> p.envelope().get("type").asString())
        .containsExactly(
            "SpdClaimedEvent",
            "InnovationClaimedEvent",
            "ClaimsValidatedEvent",
            "ClaimsValidatedEvent");
  }

  @Test
  @Order(7)
  void theLookupIsRebuiltFromStoredInnovationsWhenItIsNew() {
    jdbc.update("delete from inovik_award_innovation");
    jdbc.update("delete from inovik_award_lookup_version");
    new AwardLookupSchema(jdbc, eventTables, transactions, json);
    assertThat(
            jdbc.queryForList(
                "select region_code from inovik_award_innovation order by region_code",
                String.class))
        .containsExactly("35.07", "35.79");
  }
}
