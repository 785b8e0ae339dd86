package id.inovik.platform.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.internals.KafkaFutureImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class KafkaHealthIndicatorTest {

  private static AdminClient answering(KafkaFuture<String> clusterId) {
    AdminClient client = mock(AdminClient.class);
    DescribeClusterResult cluster = mock(DescribeClusterResult.class);
    when(client.describeCluster(any(DescribeClusterOptions.class))).thenReturn(cluster);
    when(cluster.clusterId()).thenReturn(clusterId);
    when(cluster.nodes())
        .thenReturn(
            KafkaFuture.completedFuture(
                List.of(new Node(1, "127.0.0.1", 9092), new Node(2, "127.0.0.1", 9093))));
    return client;
  }

  @Test
  void upWithTheClusterAndItsBrokers() {
    Health health =
        KafkaHealthIndicator.using(answering(KafkaFuture.completedFuture("c-1"))).health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("clusterId", "c-1").containsEntry("brokers", 2);
  }

  @Test
  void downWithTheErrorWhenTheClusterDoesNotAnswer() {
    KafkaFutureImpl<String> failed = new KafkaFutureImpl<>();
    failed.completeExceptionally(new IllegalStateException("no broker"));

    Health health = KafkaHealthIndicator.using(answering(failed)).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("error").toString()).contains("no broker");
  }

  @Test
  void aSharedClientIsLeftToItsOwner() {
    AdminClient client = answering(KafkaFuture.completedFuture("c-1"));

    KafkaHealthIndicator.using(client).destroy();

    verify(client, never()).close(any(Duration.class));
    verify(client, never()).close();
  }

  @Test
  void anOwnClientIsDownWithoutABrokerAndClosesWithTheContext() {
    KafkaHealthIndicator indicator =
        KafkaHealthIndicator.withOwnClient(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:1",
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                100));
    try {
      assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    } finally {
      indicator.destroy();
    }
  }
}
