package id.inovik.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.inovik.query.support.QueryServiceIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ActuatorIT extends QueryServiceIntegrationTest {

  @Test
  void healthCoversElasticsearchKafkaAndTheProjection() {
    JsonNode components = api().get("/actuator/health").json().get("components");
    assertThat(components.get("elasticsearch").get("status").asString()).isEqualTo("UP");
    assertThat(components.get("kafka").get("status").asString()).isEqualTo("UP");
    JsonNode projection =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(
                () -> api().get("/actuator/health").json().get("components").get("projection"),
                p -> p.get("details").has("lagEvents"));
    assertThat(projection.get("details").get("lagEvents").asLong()).isNotNegative();
  }

  @Test
  void prometheusExposesTheProjectionMetrics() {
    String metrics =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(
                () -> api().get("/actuator/prometheus").body(),
                body -> body.contains("inovik_projection_lag_events"));
    assertThat(metrics)
        .contains("inovik_projection_dead_letters")
        .contains("inovik_projection_lag_seconds")
        .contains("inovik_projection_lag_events");
  }

  @Test
  void onlyHealthInfoAndPrometheusAreExposed() {
    JsonNode links = api().get("/actuator").json().get("_links");
    assertThat(links.propertyNames())
        .allMatch(
            name ->
                name.equals("self")
                    || name.startsWith("health")
                    || name.equals("info")
                    || name.equals("prometheus"));
    for (String hidden :
        new String[] {"env", "beans", "metrics", "configprops", "loggers", "heapdump"}) {
      assertThat(api().get("/actuator/" + hidden).status()).as(hidden).isEqualTo(404);
    }
  }
}
