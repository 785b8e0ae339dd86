package id.inovik.query.config;

import java.time.Duration;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka wiring beyond Boot's defaults: the retry policy of the projection, the dead-letter topic
 * and one shared admin client (health and lag).
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

  /**
   * A failed batch is retried with exponential back-off (0.5 s doubling up to {@code
   * inovik.projection.retry-max-interval}) for as long as it takes: a failed batch is either
   * Elasticsearch or Kafka being unavailable (retrying is right) or a dead-letter copy that could
   * not be stored (dropping it would lose the record). Records that can never be applied do not get
   * here: the listener sends them to the dead-letter topic itself.
   */
  @Bean
  CommonErrorHandler projectionErrorHandler(QueryProperties properties) {
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
    backOff.setMaxInterval(properties.projection().retryMaxInterval().toMillis());
    return new DefaultErrorHandler(backOff);
  }

  /** The dead-letter topic, created at start-up if missing (one partition is plenty). */
  @Bean
  NewTopic innovationEventsDeadLetterTopic(QueryProperties properties) {
    return TopicBuilder.name(properties.topics().innovationEventsDeadLetter())
        .partitions(1)
        .config("retention.ms", "-1")
        .build();
  }

  /** Closed by {@link #kafkaAdminClientCloser}: a plain close() waits forever for pending calls. */
  @Bean(destroyMethod = "")
  AdminClient kafkaAdminClient(KafkaAdmin admin) {
    return AdminClient.create(admin.getConfigurationProperties());
  }

  @Bean
  DisposableBean kafkaAdminClientCloser(AdminClient client) {
    return () -> client.close(Duration.ofSeconds(2));
  }
}
