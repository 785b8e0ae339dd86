package id.inovik.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.inovik.api.messaging.Topics;
import id.inovik.command.support.Http;
import id.inovik.command.support.PostgresTestDatabase;
import id.inovik.command.support.PublishedRecords;
import id.inovik.testservers.TestServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The command API against real infrastructure ({@link TestServers}: PostgreSQL and Kafka in
 * containers, or the PostgreSQL server and an in-process KRaft broker), the Axon JDBC event store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InnovationCommandApiIT {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::user);
    registry.add("spring.datasource.password", DB::password);
    registry.add("spring.kafka.bootstrap-servers", TestServers::kafkaBootstrapServers);
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void client() {
    http = new Http("http://127.0.0.1:" + port);
  }

  static String proposal(String name, String region) {
    return """
        {"name":"%s","regionCode":"%s","owningAgency":"Dinas Kesehatan",
         "initiator":{"kind":"ASN","name":"dr. Rina Marlina"},"digital":true,
         "form":"PELAYANAN_PUBLIK","themes":["Urusan wajib pelayanan dasar"],
         "mainAffair":"KESEHATAN","relatedAffairs":["SOSIAL"],
         "design":"Pendaftaran pasien lansia lewat aplikasi dan loket prioritas di puskesmas.",
         "goals":"Memangkas antrean lansia.","benefits":"Waktu tunggu turun dari 2 jam ke 20 menit.",
         "budget":75000000,"plannedTrialDate":"2024-02-01","plannedImplementationDate":"2024-05-01",
         "videoUrl":"https://www.youtube.com/watch?v=xyz"}
        """
        .formatted(name, region);
  }

  int storedEvents() {
    return jdbc.queryForObject("select count(*) from domainevententry", Integer.class);
  }

  @Test
  void proposingCreatesTheInnovationAndAnIdempotentReplayDoesNotDuplicateIt() {
    String key = "k-" + UUID.randomUUID();
    Http.Response created =
        http.post(
            "/api/innovations",
            proposal("Puskesmas Ramah Lansia", "35.79"),
            "Idempotency-Key",
            key);
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(created.header("Location")).isEqualTo("/api/innovations/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    int events = storedEvents();

    Http.Response replay =
        http.post(
            "/api/innovations",
            proposal("Puskesmas Ramah Lansia", "35.79"),
            "Idempotency-Key",
            key);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.json().get("id").asString()).isEqualTo(id);
    assertThat(storedEvents()).isEqualTo(events);

    Http.Response reused =
        http.post(
            "/api/innovations", proposal("Lain sama sekali", "35.79"), "Idempotency-Key", key);
    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.header("Content-Type")).contains("application/problem+json");
    assertThat(storedEvents()).isEqualTo(events);
  }

  @Test
  void badInputIsAProblemWithFieldReasonsAndWritesNothing() {
    int before = storedEvents();
    Http.Response unknownRegion =
        http.post("/api/innovations", proposal("Sistem Antrean", "35.99"));
    assertThat(unknownRegion.status()).isEqualTo(400);
    JsonNode problem = unknownRegion.json();
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("regionCode");

    Http.Response badEnum =
        http.post(
            "/api/innovations", proposal("Sistem Antrean", "35.79").replace("\"ASN\"", "\"PNS\""));
    assertThat(badEnum.status()).isEqualTo(400);
    assertThat(badEnum.json().get("errors").get(0).get("field").asString())
        .isEqualTo("initiator.kind");

    Http.Response badDate =
        http.post(
            "/api/innovations",
            proposal("Sistem Antrean", "35.79").replace("2024-02-01", "2024-02-31"));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("errors").get(0).get("field").asString())
        .isEqualTo("plannedTrialDate");

    Http.Response unknownField =
        http.post(
            "/api/innovations",
            proposal("Sistem Antrean", "35.79").replace("\"budget\"", "\"anggaran\""));
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.json().get("errors").get(0).get("field").asString())
        .isEqualTo("anggaran");

    Http.Response missing =
        http.post("/api/innovations", "{\"regionCode\":\"35.79\",\"digital\":false}");
    assertThat(missing.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    missing.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields)
        .contains("name", "owningAgency", "initiator", "form", "mainAffair", "design");

    Http.Response missingDigitalToo =
        http.post("/api/innovations", "{\"name\":\"x\",\"regionCode\":\"99.99\"}");
    assertThat(missingDigitalToo.status()).isEqualTo(400);
    List<String> allFields = new ArrayList<>();
    missingDigitalToo.json().get("errors").forEach(e -> allFields.add(e.get("field").asString()));
    assertThat(allFields)
        .contains("digital", "name", "regionCode", "owningAgency", "form", "design");

    Http.Response notJson = http.post("/api/innovations", "{not json");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void walksTheLifecycleAndRejectsStaleVersionsUnknownIdsAndWrongOrder() {
    String id =
        http.post("/api/innovations", proposal("SI-CANTIK", "35.07")).json().get("id").asString();

    Http.Response skipAhead =
        http.post(
            "/api/innovations/" + id + "/implementation", "{\"implementedOn\":\"2024-06-01\"}");
    assertThat(skipAhead.status()).isEqualTo(409);
    assertThat(skipAhead.json().get("code").asString()).isEqualTo("stage-order");

    Http.Response review =
        http.post(
            "/api/innovations/" + id + "/review",
            "{\"feasible\":true,\"reviewedOn\":\"2024-01-10\"}",
            "If-Match",
            "\"0\"");
    assertThat(review.status()).isEqualTo(200);
    assertThat(review.json().get("version").asLong()).isEqualTo(1);

    Http.Response stale =
        http.post(
            "/api/innovations/" + id + "/establish",
            "{\"decreeNumber\":\"188.45/7/KEP/35.07/2024\",\"decreeDate\":\"2024-01-20\"}",
            "If-Match",
            "\"0\"");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("type").asString()).endsWith("stale-version");

    assertThat(
            http.post(
                    "/api/innovations/" + id + "/establish",
                    "{\"decreeNumber\":\"188.45/7/KEP/35.07/2024\",\"decreeDate\":\"2024-01-20\",\"expectedVersion\":1}")
                .status())
        .isEqualTo(200);
    assertThat(
            http.post("/api/innovations/" + id + "/trial", "{\"startedOn\":\"2024-02-01\"}")
                .status())
        .isEqualTo(200);
    Http.Response implemented =
        http.post(
            "/api/innovations/" + id + "/implementation", "{\"implementedOn\":\"2024-06-01\"}");
    assertThat(implemented.status()).isEqualTo(200);
    assertThat(implemented.json().get("version").asLong()).isEqualTo(4);

    Http.Response revised =
        http.patch(
            "/api/innovations/" + id,
            "{\"results\":\"1.200 izin terbit daring\",\"digital\":false}");
    assertThat(revised.status()).isEqualTo(200);
    assertThat(revised.json().get("version").asLong()).isEqualTo(5);
    Http.Response moved = http.patch("/api/innovations/" + id, "{\"regionCode\":\"35.79\"}");
    assertThat(moved.status()).isEqualTo(400);
    assertThat(moved.json().get("errors").get(0).get("field").asString()).isEqualTo("regionCode");

    Http.Response unknown =
        http.post(
            "/api/innovations/" + UUID.randomUUID() + "/trial", "{\"startedOn\":\"2024-02-01\"}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(
            http.patch("/api/innovations/" + UUID.randomUUID(), "{\"name\":\"Apa saja\"}").status())
        .isEqualTo(404);
  }

  @Test
  void everyEventIsPublishedToKafkaKeyedByRegionWithItsSequence() {
    String id =
        http.post("/api/innovations", proposal("Layanan Adminduk Keliling", "33.28"))
            .json()
            .get("id")
            .asString();
    http.post(
        "/api/innovations/" + id + "/review",
        "{\"feasible\":false,\"reason\":\"Tumpang tindih dengan program lain\",\"reviewedOn\":\"2024-01-10\"}");

    List<PublishedRecords.Published> records =
        PublishedRecords.read(
            TestServers.kafkaBootstrapServers(),
            Topics.INNOVATION_EVENTS,
            e -> e.get("aggregateId").asString().equals(id),
            2);
    assertThat(records).extracting(PublishedRecords.Published::key).containsOnly("33.28");
    List<JsonNode> mine = records.stream().map(PublishedRecords.Published::envelope).toList();
    assertThat(mine)
        .extracting(e -> e.get("type").asString())
        .containsExactly("InnovationProposedEvent", "InnovationReviewedEvent");
    assertThat(mine).extracting(e -> e.get("sequence").asLong()).containsExactly(0L, 1L);
    JsonNode payload = mine.get(1).get("payload");
    assertThat(mine.get(1).get("envelope").asInt()).isEqualTo(2);
    assertThat(payload.get("feasible").asBoolean()).isFalse();
    assertThat(mine.get(0).get("revision").asString()).isEqualTo("1");
  }

  @Test
  void aPartialRevisionIsMergedOntoTheCurrentProfileAndBadFieldsAreProblems() {
    String id =
        http.post("/api/innovations", proposal("Pasar Digital", "35.73"))
            .json()
            .get("id")
            .asString();
    String path = "/api/innovations/" + id;

    Http.Response revised =
        http.patch(path, "{\"initiator\":{\"name\":\"Budi Santoso\"},\"videoUrl\":null}");
    assertThat(revised.status()).isEqualTo(200);
    assertThat(revised.json().get("version").asLong()).isEqualTo(1);
    assertThat(revised.header("ETag")).isEqualTo("\"1\"");
    JsonNode event =
        PublishedRecords.read(
                TestServers.kafkaBootstrapServers(),
                Topics.INNOVATION_EVENTS,
                e -> e.get("aggregateId").asString().equals(id),
                2)
            .get(1)
            .envelope()
            .get("payload");
    assertThat(event.get("changedFields").toString()).isEqualTo("[\"initiator\",\"videoUrl\"]");
    assertThat(event.get("profile").get("initiator").get("kind").asString()).isEqualTo("ASN");
    assertThat(event.get("profile").get("initiator").get("name").asString())
        .isEqualTo("Budi Santoso");
    assertThat(event.get("profile").get("videoUrl").isNull()).isTrue();
    assertThat(event.get("profile").get("name").asString()).isEqualTo("Pasar Digital");

    int before = storedEvents();
    Http.Response again =
        http.patch(path, "{\"initiator\":{\"name\":\"Budi Santoso\"},\"expectedVersion\":1}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("version").asLong()).isEqualTo(1);
    Http.Response stale =
        http.patch(path, "{\"goals\":\"Pasar tanpa antre.\"}", "If-Match", "\"0\"");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("type").asString()).endsWith("stale-version");
    Http.Response badEnum = http.patch(path, "{\"form\":\"LAIN\"}");
    assertThat(badEnum.status()).isEqualTo(400);
    assertThat(badEnum.json().get("errors").get(0).get("field").asString()).isEqualTo("form");
    Http.Response unknownField = http.patch(path, "{\"anggaran\":5}");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.json().get("errors").get(0).get("field").asString())
        .isEqualTo("anggaran");
    Http.Response noDigital = http.patch(path, "{\"digital\":null}");
    assertThat(noDigital.status()).isEqualTo(400);
    assertThat(noDigital.json().get("errors").get(0).get("field").asString()).isEqualTo("digital");
    assertThat(http.patch(path, "[1]").status()).isEqualTo(400);
    assertThat(http.patch("/api/innovations/" + UUID.randomUUID(), "{\"form\":\"LAIN\"}").status())
        .isEqualTo(404);
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void actuatorExposesHealthAndPrometheusOnly() {
    http.post("/api/innovations", proposal("Sistem Antrean", "35.99"));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(http.get("/actuator/health").status()).isEqualTo(200));
    JsonNode health = http.get("/actuator/health").json();
    assertThat(health.get("components").has("db")).isTrue();
    assertThat(health.get("components").get("kafka").get("status").asString()).isEqualTo("UP");
    assertThat(
            health.get("components").get("eventProcessors").get("details").has("kafka-publisher"))
        .isTrue();
    String prometheus = http.get("/actuator/prometheus").body();
    assertThat(prometheus)
        .contains("inovik_commands_total{")
        .contains("outcome=\"rejected_invalid\"")
        .contains("inovik_publisher_lag_events")
        .contains("inovik_publisher_lag_seconds");
    assertThat(http.get("/actuator/env").status()).isEqualTo(404);
    assertThat(http.get("/actuator/beans").status()).isEqualTo(404);
  }
}
