package id.inovik.platform.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Kafka reachability: UP with the cluster id and the number of brokers when the cluster describes
 * itself within two seconds, DOWN with the error otherwise. A service registers it as the bean
 * {@code kafka}, so that the health component is called {@code kafka}.
 */
public final class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  /** A plain close() waits for pending calls without limit. */
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

  private final AdminClient client;
  private final boolean owned;

  private KafkaHealthIndicator(AdminClient client, boolean owned) {
    this.client = client;
    this.owned = owned;
  }

  /** Asks through a client the service already has, and leaves closing it to the service. */
  public static KafkaHealthIndicator using(AdminClient client) {
    return new KafkaHealthIndicator(client, false);
  }

  /**
   * Asks through a client of its own, made from {@code adminConfig} (a {@code KafkaAdmin}'s
   * configuration properties) and closed with the application context.
   */
  public static KafkaHealthIndicator withOwnClient(Map<String, Object> adminConfig) {
    return new KafkaHealthIndicator(AdminClient.create(adminConfig), true);
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    DescribeClusterResult cluster =
        client.describeCluster(new DescribeClusterOptions().timeoutMs(2_000));
    builder
        .up()
        .withDetail("clusterId", cluster.clusterId().get(3, TimeUnit.SECONDS))
        .withDetail("brokers", cluster.nodes().get(3, TimeUnit.SECONDS).size());
  }

  @Override
  public void destroy() {
    if (owned) {
      client.close(CLOSE_TIMEOUT);
    }
  }
}
