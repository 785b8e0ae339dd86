package id.inovik.query.innovation.projection;

import static id.inovik.query.support.EventStream.newId;
import static id.inovik.query.support.EventStream.profile;
import static id.inovik.query.support.EventStream.proposed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationImplementedEvent;
import id.inovik.api.messaging.Topics;
import id.inovik.query.support.DeadLetterTopic;
import id.inovik.query.support.EventStream;
import id.inovik.query.support.QueryServiceIntegrationTest;
import id.inovik.testservers.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PoisonRecordIT extends QueryServiceIntegrationTest {

  @AfterEach
  void acknowledge() {
    api().delete("/api/admin/projections/innovations/failures");
  }

  @Test
  void recordsThatCannotBeAppliedAreDeadLetteredCountedAndTurnHealthDown() {
    String orphan = newId();
    String region = "61.71";
    events().sendRaw(region, "{ this is not json");
    events()
        .send(
            new InnovationImplementedEvent(orphan, region, LocalDate.of(2024, 1, 1)),
            4,
            Instant.now());
    // A good record after the poison ones is still applied: nothing blocks behind them.
    String good = newId();
    events()
        .send(
            proposed(
                good,
                profile("Inovasi sehat", region, "Rancangan", GovernmentAffair.SOSIAL),
                Instant.now()),
            0,
            Instant.now());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api().get("/api/innovations/" + good).status() == 200);

    JsonNode health =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> api().get("/actuator/health").json().get("components").get("projection"),
                p -> p.get("details").get("deadLetters").asLong() >= 2);
    assertThat(health.get("status").asString()).isEqualTo("DOWN");
    assertThat(health.get("details").get("lastError").asString())
        .contains("missing-document", orphan);
    assertThat(api().get("/actuator/health").status()).isEqualTo(503);

    String metrics = api().get("/actuator/prometheus").body();
    assertThat(metrics)
        .containsPattern(
            "inovik_projection_failures_total\\{[^}]*reason=\"unparseable\"[^}]*} [1-9]")
        .containsPattern(
            "inovik_projection_failures_total\\{[^}]*reason=\"missing-document\"[^}]*} [1-9]")
        .containsPattern("inovik_projection_dead_letters\\{[^}]*} [2-9]");

    List<ConsumerRecord<String, String>> dead = deadLetters();
    assertThat(dead)
        .anySatisfy(
            r -> {
              assertThat(r.value()).isEqualTo("{ this is not json");
              assertThat(header(r, DeadLetterPublisher.REASON_HEADER)).isEqualTo("unparseable");
            });
    assertThat(dead)
        .anySatisfy(
            r -> {
              assertThat(r.value()).contains(orphan);
              assertThat(header(r, DeadLetterPublisher.REASON_HEADER))
                  .isEqualTo("missing-document");
              assertThat(header(r, DeadLetterPublisher.ORIGIN_HEADER))
                  .startsWith(Topics.INNOVATION_EVENTS + "-");
            });

    var reset = api().delete("/api/admin/projections/innovations/failures");
    assertThat(reset.json().get("acknowledged").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(
            api()
                .get("/actuator/health")
                .json()
                .get("components")
                .get("projection")
                .get("status")
                .asString())
        .isEqualTo("UP");
  }

  @Test
  void anUnknownEventTypeIsDeadLetteredNotSkipped() {
    String region = "62.71";
    String envelope =
        EventStream.envelope(
                proposed(
                    newId(),
                    profile("Tipe asing", region, "x", GovernmentAffair.SOSIAL),
                    Instant.now()),
                0,
                Instant.now())
            .replace("\"InnovationProposedEvent\"", "\"InnovationTeleportedEvent\"");
    events().sendRaw(region, envelope);
    JsonNode projection =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> api().get("/actuator/health").json().get("components").get("projection"),
                p -> p.get("status").asString().equals("DOWN"));
    assertThat(projection.get("details").get("lastError").asString())
        .contains("unknown-type", "InnovationTeleportedEvent");
  }

  private List<ConsumerRecord<String, String>> deadLetters() {
    return DeadLetterTopic.read(TestServers.kafkaBootstrapServers());
  }

  private static String header(ConsumerRecord<String, String> r, String name) {
    return DeadLetterTopic.header(r, name);
  }
}
