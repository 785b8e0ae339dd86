package id.inovik.command.health;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** Kafka reachability (health component {@code kafka}): the cluster answers within two seconds. */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  private final AdminClient client;

  KafkaHealthIndicator(KafkaAdmin admin) {
    this.client = AdminClient.create(admin.getConfigurationProperties());
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
    client.close();
  }
}
