package id.inovik.command.award.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.award.AwardTopics;
import id.inovik.command.support.Http;
import id.inovik.command.support.PostgresTestDatabase;
import id.inovik.command.support.PublishedRecords;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Editions through the REST API, stored in the real PostgreSQL and published to Kafka. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(partitions = 2)
class EditionApiIT {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();

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
  Http http;

  @BeforeEach
  void client() {
    http = new Http("http://127.0.0.1:" + port);
  }

  /** An IGA edition whose collection runs from 20 June to 23 August of {@code year}. */
  static String edition(int year) {
    return edition(year, year);
  }

  /** An IGA edition of {@code year} scheduled in {@code datesYear} (so that it can still open). */
  static String edition(int year, int datesYear) {
    int d = datesYear;
    return """
        {"programme":"IGA","year":%d,
         "schedule":{"penjaringan":{"opensOn":"%d-06-20","closesOn":"%d-08-23"},
                     "pengukuran":{"opensOn":"%d-08-24","closesOn":"%d-10-18"},
                     "presentasi":{"opensOn":"%d-11-04","closesOn":"%d-11-06"},
                     "validasi-lapangan":{"opensOn":"%d-11-10","closesOn":"%d-11-25"},
                     "pleno":{"opensOn":"%d-12-01","closesOn":"%d-12-01"}}}
        """
        .formatted(year, d, d, d, d, d, d, d, d, d, d);
  }

  int events(String aggregateId) {
    return jdbc.queryForObject(
        "select count(*) from domainevententry where aggregateidentifier = ?",
        Integer.class,
        aggregateId);
  }

  @Test
  void creatingAnEditionIsIdempotentByKey() {
    Http.Response created =
        http.post("/api/editions", edition(2027), "Idempotency-Key", "iga-2027-a");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/editions/IGA/2027");
    assertThat(created.json().get("id").asString()).isEqualTo("IGA-2027");
    assertThat(created.header("ETag")).isEqualTo("\"0\"");

    Http.Response replay =
        http.post("/api/editions", edition(2027), "Idempotency-Key", "iga-2027-a");
    assertThat(replay.status()).isEqualTo(200);
    Http.Response reused =
        http.post(
            "/api/editions",
            edition(2027).replace("\"year\":2027", "\"year\":2027,\"rubricEdition\":2026"),
            "Idempotency-Key",
            "iga-2027-a");
    assertThat(reused.status()).isEqualTo(422);
    Http.Response again = http.post("/api/editions", edition(2027));
    assertThat(again.status()).isEqualTo(409);
    assertThat(events("IGA-2027")).isEqualTo(1);

    JsonNode view = http.get("/api/editions/iga/2027").json();
    assertThat(view.get("rubricEdition").asInt()).isEqualTo(2027);
    assertThat(view.get("stage").isNull()).isTrue();
    assertThat(view.get("categories")).extracting(c -> c.get("code").asString()).contains("kota");
    assertThat(view.get("schedule").get(0).get("status").asString()).isEqualTo("planned");
  }

  @Test
  void aBadEditionListsEveryBadField() {
    Http.Response bad =
        http.post(
            "/api/editions",
            """
            {"programme":"IGA","year":2031,
             "schedule":{"penjaringan":{"opensOn":"2031-06-20"},"pembukaan":{}}}
            """);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("Content-Type")).contains("application/problem+json");
    List<String> fields =
        bad.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    assertThat(fields)
        .contains(
            "schedule.pembukaan",
            "rubricEdition",
            "schedule.penjaringan.closesOn",
            "schedule.pengukuran",
            "schedule.pleno");
    Http.Response unknownProgramme =
        http.post("/api/editions", edition(2027).replace("IGA", "XYZ"));
    assertThat(unknownProgramme.status()).isEqualTo(400);
    assertThat(unknownProgramme.json().get("errors").get(0).get("field").asString())
        .isEqualTo("programme");
    assertThat(events("IGA-2031")).isZero();
  }

  @Test
  void stagesOpenInOrderWithVersionsAndArriveOnTheAwardTopic() {
    assertThat(http.post("/api/editions", edition(2026, 2027)).status()).isEqualTo(201);
    Http.Response outOfOrder = http.post("/api/editions/IGA/2026/stages/pengukuran/open", null);
    assertThat(outOfOrder.status()).isEqualTo(409);
    assertThat(outOfOrder.json().get("code").asString()).isEqualTo("stage-order");

    Http.Response stale =
        http.post("/api/editions/IGA/2026/stages/penjaringan/open", null, "If-Match", "\"7\"");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("type").asString()).endsWith("stale-version");

    Http.Response opened =
        http.post("/api/editions/IGA/2026/stages/penjaringan/open", null, "If-Match", "\"0\"");
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.json().get("version").asLong()).isEqualTo(1);
    JsonNode view = http.get("/api/editions/IGA/2026").json();
    assertThat(view.get("stage").asString()).isEqualTo("penjaringan");
    assertThat(view.get("stageOpen").asBoolean()).isTrue();
    assertThat(view.get("collectionClosesAt").asString()).isEqualTo("2027-08-23T17:00:00Z");

    assertThat(
            jdbc.queryForObject(
                "select count(*) from inovik_deadline where task_name = 'AxonDeadline'",
                Integer.class))
        .as("the collection deadline is stored in the database")
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select stage || ':' || stage_open from inovik_award_edition where edition_id = ?",
                String.class,
                "IGA-2026"))
        .isEqualTo("PENJARINGAN:true");

    Http.Response measuring = http.post("/api/editions/IGA/2026/stages/pengukuran/open", null);
    assertThat(measuring.json().get("version").asLong()).isEqualTo(3);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from inovik_deadline where task_name = 'AxonDeadline'",
                Integer.class))
        .as("closing the collection by command cancels its deadline")
        .isZero();

    List<PublishedRecords.Published> published =
        PublishedRecords.read(
            broker.getBrokersAsString(),
            AwardTopics.AWARD_EVENTS,
            e -> e.get("aggregateId").asString().equals("IGA-2026"),
            4);
    assertThat(published).allSatisfy(p -> assertThat(p.key()).isEqualTo("IGA-2026"));
    assertThat(published)
        .extracting(p -> p.envelope().get("type").asString())
        .containsExactly(
            "EditionCreatedEvent",
            "EditionStageOpenedEvent",
            "EditionStageClosedEvent",
            "EditionStageOpenedEvent");
    assertThat(published.get(2).envelope().get("payload").get("trigger").asString())
        .isEqualTo("COMMAND");
    assertThat(published.get(0).envelope().get("envelope").asInt()).isEqualTo(2);
  }

  @Test
  void anUnknownEditionIsNotFound() {
    assertThat(http.get("/api/editions/IGA/2040").status()).isEqualTo(404);
    assertThat(http.post("/api/editions/KIPP/2026/stages/penjaringan/open", null).status())
        .isEqualTo(404);
  }

  @Test
  void extendingTheCollectionMovesItsStoredDeadline() {
    assertThat(http.post("/api/editions", edition(2025, 2029)).status()).isEqualTo(201);
    assertThat(http.post("/api/editions/IGA/2025/stages/penjaringan/open", null).status())
        .isEqualTo(200);
    Http.Response overlapping =
        http.send(
            "PUT",
            "/api/editions/IGA/2025/stages/penjaringan/schedule",
            "{\"opensOn\":\"2029-06-20\",\"closesOn\":\"2029-08-30\",\"reason\":\"SE 1\"}");
    assertThat(overlapping.status()).isEqualTo(400);
    assertThat(overlapping.json().get("errors").get(0).get("field").asString())
        .isEqualTo("closesOn");
    assertThat(
            http.send(
                    "PUT",
                    "/api/editions/IGA/2025/stages/pengukuran/schedule",
                    "{\"opensOn\":\"2029-09-01\",\"closesOn\":\"2029-10-18\","
                        + "\"reason\":\"SE 400.10.11/3001/BSKDN\"}")
                .status())
        .isEqualTo(200);
    Http.Response extended =
        http.send(
            "PUT",
            "/api/editions/IGA/2025/stages/penjaringan/schedule",
            "{\"opensOn\":\"2029-06-20\",\"closesOn\":\"2029-08-30\","
                + "\"reason\":\"SE 400.10.11/3001/BSKDN\"}",
            "If-Match",
            "\"2\"");
    assertThat(extended.status()).as(extended.body()).isEqualTo(200);

    JsonNode view = http.get("/api/editions/IGA/2025").json();
    assertThat(view.get("collectionClosesAt").asString()).isEqualTo("2029-08-30T17:00:00Z");
    assertThat(view.get("schedule").get(0).get("closesOn").asString()).isEqualTo("2029-08-30");
    assertThat(
            jdbc.queryForObject(
                "select collection_closes_at from inovik_award_edition where edition_id = ?",
                Long.class,
                "IGA-2025"))
        .as("claims are checked against the new deadline")
        .isEqualTo(java.time.Instant.parse("2029-08-30T17:00:00Z").toEpochMilli());
    List<java.sql.Timestamp> due =
        jdbc.queryForList(
            "select execution_time from inovik_deadline where task_name = 'AxonDeadline'",
            java.sql.Timestamp.class);
    assertThat(due)
        .as("one stored deadline, moved to the new closing")
        .extracting(java.sql.Timestamp::toInstant)
        .contains(java.time.Instant.parse("2029-08-30T17:00:00Z"))
        .doesNotContain(java.time.Instant.parse("2029-08-23T17:00:00Z"));
  }
}
