package id.inovik.command.health;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** Kafka reachability (health component {@code kafka}): the cluster answers within two seconds. */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator {

  private final KafkaAdmin admin;

  KafkaHealthIndicator(KafkaAdmin admin) {
    this.admin = admin;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    try (AdminClient client = AdminClient.create(admin.getConfigurationProperties())) {
      DescribeClusterResult cluster =
          client.describeCluster(new DescribeClusterOptions().timeoutMs(2_000));
      builder
          .up()
          .withDetail("clusterId", cluster.clusterId().get(2, TimeUnit.SECONDS))
          .withDetail("brokers", cluster.nodes().get(2, TimeUnit.SECONDS).size());
    }
  }
}
