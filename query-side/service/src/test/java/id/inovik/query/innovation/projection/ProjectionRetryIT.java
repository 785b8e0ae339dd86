package id.inovik.query.innovation.projection;

import static id.inovik.query.support.EventStream.newId;
import static id.inovik.query.support.EventStream.profile;
import static id.inovik.query.support.EventStream.proposed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.query.innovation.index.InnovationIndex;
import id.inovik.query.support.QueryServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ProjectionRetryIT extends QueryServiceIntegrationTest {

  @Autowired ElasticsearchClient elasticsearch;
  @Autowired InnovationIndex index;

  @Test
  void whileElasticsearchRefusesWritesTheBatchIsRetriedAndHealthSaysSo() throws Exception {
    String concrete = index.currentIndex().orElseThrow();
    String id = newId();
    blockWrites(concrete, true);
    try {
      events()
          .send(
              proposed(
                  id,
                  profile("Inovasi tertunda", "36.71", "Rancangan", GovernmentAffair.SOSIAL),
                  Instant.now()),
              0,
              Instant.now());
      JsonNode projection =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () -> api().get("/actuator/health").json().get("components").get("projection"),
                  p -> p.get("details").has("retrying"));
      assertThat(projection.get("status").asString()).isEqualTo("DOWN");
      assertThat(projection.get("details").get("retrying").asString())
          .contains("cluster_block_exception");
      assertThat(projection.get("details").get("deadLetters").asLong()).isZero();
    } finally {
      blockWrites(concrete, false);
    }

    await()
        .atMost(Duration.ofSeconds(45))
        .until(() -> api().get("/api/innovations/" + id).status() == 200);
    JsonNode projection = api().get("/actuator/health").json().get("components").get("projection");
    assertThat(projection.get("status").asString()).isEqualTo("UP");
  }

  private void blockWrites(String indexName, boolean blocked) throws Exception {
    elasticsearch
        .indices()
        .putSettings(s -> s.index(indexName).settings(t -> t.blocks(b -> b.write(blocked))));
  }
}
