package id.inovik.query.health;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health component {@code kafka}: the cluster describes itself within two seconds. */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator {

  private final AdminClient admin;

  KafkaHealthIndicator(AdminClient admin) {
    this.admin = admin;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    DescribeClusterResult cluster =
        admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000));
    builder
        .up()
        .withDetail("clusterId", cluster.clusterId().get(3, TimeUnit.SECONDS))
        .withDetail("brokers", cluster.nodes().get(3, TimeUnit.SECONDS).size());
  }
}
