package id.inovik.query.innovation.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.inovik.query.QueryApplication;
import id.inovik.query.support.Api;
import id.inovik.query.support.QueryServiceIntegrationTest;
import id.inovik.testservers.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Dead letters outlive the process that wrote them: the query service is started, stopped and
 * started again (each time a whole application on the shared broker and Elasticsearch, with a
 * topic, index alias and consumer group of this test's own) and its health must still report the
 * dead letter until an operator acknowledges it, and the acknowledgement must outlive a restart
 * too.
 */
class DeadLettersAfterRestartIT extends QueryServiceIntegrationTest {

  @Autowired ElasticsearchClient elasticsearch;

  private final String name = "restart-" + UUID.randomUUID().toString().substring(0, 8);
  private final String topic = name + ".events";

  @BeforeEach
  void createTopic() throws Exception {
    try (AdminClient admin =
        AdminClient.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers()))) {
      admin
          .createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
          .all()
          .get(10, TimeUnit.SECONDS);
    }
  }

  @AfterEach
  void deleteIndexes() throws Exception {
    List<String> created =
        List.copyOf(
            elasticsearch
                .indices()
                .get(g -> g.index(name + "-v*").allowNoIndices(true))
                .indices()
                .keySet());
    if (!created.isEmpty()) {
      elasticsearch.indices().delete(d -> d.index(created));
    }
  }

  @Test
  void unacknowledgedDeadLettersAreReportedAfterARestartUntilAcknowledged() throws Exception {
    try (ConfigurableApplicationContext first = startQueryService()) {
      kafka.send(topic, "35.07", "{ not an envelope").get(10, TimeUnit.SECONDS);
      JsonNode projection =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> projectionHealth(first),
                  p -> p.get("details").get("deadLetters").asLong() == 1);
      assertThat(projection.get("status").asString()).isEqualTo("DOWN");
    }

    try (ConfigurableApplicationContext second = startQueryService()) {
      // Nothing new arrives: what the health reports is the dead letter from before the restart.
      JsonNode projection =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(() -> projectionHealth(second), DeadLettersAfterRestartIT::measured);
      assertThat(projection.get("status").asString()).isEqualTo("DOWN");
      assertThat(projection.get("details").get("deadLetters").asLong()).isEqualTo(1);
      assertThat(projection.get("details").get("deadLetterTopic").asString())
          .isEqualTo(topic + ".DLT");
      JsonNode described =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(() -> projectionHealth(second), p -> p.get("details").has("lastError"));
      assertThat(described.get("details").get("lastError").asString()).startsWith("unparseable");
      assertThat(described.get("details").get("lastErrorRecord").asString())
          .isEqualTo(topic + "-0@0");
      assertThat(api(second).get("/actuator/health").status()).isEqualTo(503);

      Api.Response acknowledged = api(second).delete("/api/admin/projections/innovations/failures");
      assertThat(acknowledged.status()).isEqualTo(200);
      assertThat(acknowledged.json().get("acknowledged").asLong()).isEqualTo(1);
      JsonNode after = projectionHealth(second);
      assertThat(after.get("status").asString()).isEqualTo("UP");
      assertThat(after.get("details").get("deadLetters").asLong()).isZero();
      assertThat(after.get("details").has("lastError")).isFalse();
    }

    try (ConfigurableApplicationContext third = startQueryService()) {
      JsonNode projection =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(() -> projectionHealth(third), DeadLettersAfterRestartIT::measured);
      assertThat(projection.get("status").asString()).isEqualTo("UP");
      assertThat(projection.get("details").get("deadLetters").asLong()).isZero();
    }
  }

  /** The query service as a user starts it, against this test's own topic, alias and group. */
  private ConfigurableApplicationContext startQueryService() {
    return new SpringApplicationBuilder(QueryApplication.class)
        .run(
            "--server.port=0",
            "--spring.kafka.bootstrap-servers=" + TestServers.kafkaBootstrapServers(),
            "--inovik.elasticsearch.url=" + TestServers.elasticsearch(),
            "--inovik.elasticsearch.index-alias=" + name,
            "--inovik.topics.innovation-events=" + topic,
            "--inovik.projection.group-id=" + name,
            "--inovik.projection.lag-interval=1s",
            "--inovik.command-service.url=" + commandService().baseUrl());
  }

  private static boolean measured(JsonNode projection) {
    return !projection.get("details").has("deadLettersMeasured");
  }

  private static Api api(ConfigurableApplicationContext context) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return new Api("http://127.0.0.1:" + port);
  }

  private static JsonNode projectionHealth(ConfigurableApplicationContext context) {
    return api(context).get("/actuator/health").json().get("components").get("projection");
  }
}
