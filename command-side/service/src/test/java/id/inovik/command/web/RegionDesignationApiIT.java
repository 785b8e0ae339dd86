package id.inovik.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.messaging.Topics;
import id.inovik.command.support.Http;
import id.inovik.command.support.PostgresTestDatabase;
import id.inovik.command.support.PublishedRecords;
import id.inovik.testservers.TestServers;
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
import tools.jackson.databind.json.JsonMapper;

/** Region designations through the REST API, stored as events in the real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegionDesignationApiIT {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();
  static final JsonMapper JSON = JsonMapper.builder().build();

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

  int regionEvents() {
    return jdbc.queryForObject(
        "select count(*) from domainevententry where type = 'RegionEdition'", Integer.class);
  }

  static boolean member(JsonNode region, String designation) {
    for (JsonNode d : region.get("designations")) {
      if (d.get("designation").asString().equals(designation)) {
        return d.get("member").asBoolean();
      }
    }
    throw new AssertionError("no " + designation + " in " + region);
  }

  @Test
  void aRegionStartsFromTheInitialListsWithItsIslandGroup() {
    JsonNode malaka = http.get("/api/regions/53.21/editions/2024").json();
    assertThat(malaka.get("islandGroup").asString()).isEqualTo("BALI_NUSA_TENGGARA");
    assertThat(malaka.get("type").asString()).isEqualTo("KABUPATEN");
    assertThat(member(malaka, "TERTINGGAL")).isTrue();
    assertThat(member(malaka, "PERBATASAN")).isTrue();
    assertThat(malaka.get("designations").get(0).get("source").asString())
        .isEqualTo("initial list");

    JsonNode batu = http.get("/api/regions/35.79/editions/2024").json();
    assertThat(batu.get("designations")).hasSize(1);
    assertThat(member(batu, "PERBATASAN")).isFalse();
  }

  @Test
  void changingADesignationIsAnEventScopedToItsEdition() {
    int before = regionEvents();
    var out =
        http.send(
            "PUT",
            "/api/regions/53.21/editions/2026/designations/tertinggal",
            "{\"member\":false,\"basis\":\"Perpres penetapan daerah tertinggal 2025-2029\"}");
    assertThat(out.status()).isEqualTo(200);
    assertThat(member(out.json(), "TERTINGGAL")).isFalse();
    assertThat(out.json().get("version").asLong()).isEqualTo(0);
    assertThat(regionEvents()).isEqualTo(before + 1);

    assertThat(member(http.get("/api/regions/53.21/editions/2026").json(), "TERTINGGAL")).isFalse();
    assertThat(member(http.get("/api/regions/53.21/editions/2024").json(), "TERTINGGAL")).isTrue();

    var again =
        http.send(
            "PUT",
            "/api/regions/53.21/editions/2026/designations/TERTINGGAL",
            "{\"member\":false,\"basis\":\"dikirim ulang\"}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(regionEvents()).isEqualTo(before + 1);

    JsonNode published = publishedRegionEvent("53.21@2026");
    assertThat(published.get("type").asString()).isEqualTo("RegionDesignationChangedEvent");
    assertThat(published.get("revision").asString()).isEqualTo("1");
    JsonNode payload = published.get("payload");
    assertThat(payload.get("designation").asString()).isEqualTo("TERTINGGAL");
    assertThat(payload.get("member").asBoolean()).isFalse();
    assertThat(payload.get("edition").asInt()).isEqualTo(2026);
  }

  /** The envelope of the change published to the region topic, keyed by region code. */
  JsonNode publishedRegionEvent(String aggregateId) {
    PublishedRecords.Published published =
        PublishedRecords.read(
                TestServers.kafkaBootstrapServers(),
                Topics.REGION_EVENTS,
                e -> e.get("aggregateId").asString().equals(aggregateId),
                1)
            .getFirst();
    assertThat(published.key()).isEqualTo(aggregateId.substring(0, aggregateId.indexOf('@')));
    return published.envelope();
  }

  @Test
  void refusedChangesAreProblemsAndWriteNothing() {
    int before = regionEvents();
    var kota =
        http.send(
            "PUT",
            "/api/regions/35.79/editions/2025/designations/tertinggal",
            "{\"member\":true,\"basis\":\"uji\"}");
    assertThat(kota.status()).isEqualTo(400);
    assertThat(kota.json().get("errors").get(0).get("field").asString()).isEqualTo("designation");
    var noBasis =
        http.send(
            "PUT", "/api/regions/35.07/editions/2025/designations/perbatasan", "{\"member\":true}");
    assertThat(noBasis.status()).isEqualTo(400);
    assertThat(noBasis.json().get("errors").get(0).get("field").asString()).isEqualTo("basis");
    var unknown =
        http.send(
            "PUT",
            "/api/regions/35.07/editions/2025/designations/pesisir",
            "{\"member\":true,\"basis\":\"uji\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(http.get("/api/regions/35.99/editions/2025").status()).isEqualTo(400);
    assertThat(regionEvents()).isEqualTo(before);
  }
}
