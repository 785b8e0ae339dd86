package id.inovik.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.messaging.Topics;
import id.inovik.command.support.Http;
import id.inovik.command.support.PostgresTestDatabase;
import id.inovik.command.support.PublishedRecords;
import id.inovik.testservers.TestServers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/innovations/{id}/events} against the real PostgreSQL event store: the history a
 * read model rebuilds an innovation from must be exactly what the publisher put on Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InnovationHistoryApiIT {

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
  Http http;

  @BeforeEach
  void client() {
    http = new Http("http://127.0.0.1:" + port);
  }

  @Test
  void theHistoryIsEveryStoredEventAsThePublisherSentItToKafka() {
    String id =
        http.post("/api/innovations", InnovationCommandApiIT.proposal("E-Posyandu", "32.73"))
            .json()
            .get("id")
            .asString();
    assertThat(
            http.post(
                    "/api/innovations/" + id + "/review",
                    "{\"feasible\":true,\"reviewedOn\":\"2024-01-10\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            http.post(
                    "/api/innovations/" + id + "/establish",
                    "{\"decreeNumber\":\"188.45/3/KEP/32.73/2024\",\"decreeDate\":\"2024-01-20\"}")
                .status())
        .isEqualTo(200);
    // Another innovation's events must not show up in this one's history.
    http.post("/api/innovations", InnovationCommandApiIT.proposal("Lain", "32.73"));

    Http.Response response = http.get("/api/innovations/" + id + "/events");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    JsonNode history = response.json();
    assertThat(history.isArray()).isTrue();
    List<JsonNode> events = new ArrayList<>();
    history.forEach(events::add);
    assertThat(events)
        .extracting(e -> e.get("type").asString())
        .containsExactly(
            "InnovationProposedEvent", "InnovationReviewedEvent", "InnovationEstablishedEvent");
    assertThat(events).extracting(e -> e.get("sequence").asLong()).containsExactly(0L, 1L, 2L);
    assertThat(events).extracting(e -> e.get("aggregateId").asString()).containsOnly(id);
    assertThat(events).extracting(e -> e.get("globalIndex").asLong()).containsOnly(-1L);

    // Field for field what the publisher sent, but for the global index it cannot know here.
    List<JsonNode> published =
        PublishedRecords.read(
                TestServers.kafkaBootstrapServers(),
                Topics.INNOVATION_EVENTS,
                e -> e.get("aggregateId").asString().equals(id),
                3)
            .stream()
            .map(PublishedRecords.Published::envelope)
            .toList();
    for (int i = 0; i < 3; i++) {
      ObjectNode fromKafka = (ObjectNode) published.get(i).deepCopy();
      assertThat(fromKafka.get("globalIndex").asLong()).isNotNegative();
      fromKafka.put("globalIndex", -1);
      assertThat(events.get(i)).as("event %d", i).isEqualTo(fromKafka);
    }
  }

  @Test
  void anUnknownInnovationIsANotFoundProblem() {
    String unknown = UUID.randomUUID().toString();

    Http.Response response = http.get("/api/innovations/" + unknown + "/events");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Type")).contains("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("type").asString()).endsWith("/problems/not-found");
    assertThat(problem.get("detail").asString()).contains(unknown);
  }

  @Test
  void anIdThatIsNotAUuidIsAnInvalidInputProblemOnTheIdField() {
    for (String malformed : List.of("not-a-uuid", "35.07@2024", "1-2-3-4-5")) {
      Http.Response response = http.get("/api/innovations/" + malformed + "/events");

      assertThat(response.status()).as(malformed).isEqualTo(400);
      assertThat(response.header("Content-Type")).contains("application/problem+json");
      JsonNode problem = response.json();
      assertThat(problem.get("type").asString()).endsWith("/problems/invalid-input");
      assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("id");
      assertThat(problem.get("errors").get(0).get("reason").asString()).contains("UUID");
    }
  }
}
