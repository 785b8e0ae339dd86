package id.inovik.query.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code elasticsearch}, from {@code GET /_cluster/health} (the distribution we
 * test with has no {@code GET /}). Green and yellow are UP; red is DOWN.
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

  private final ElasticsearchClient client;

  ElasticsearchHealthIndicator(ElasticsearchClient client) {
    this.client = client;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
    (health.status() == HealthStatus.Red ? builder.down() : builder.up())
        .withDetail("cluster", health.clusterName())
        .withDetail("status", health.status().jsonValue())
        .withDetail("nodes", health.numberOfNodes());
  }
}
