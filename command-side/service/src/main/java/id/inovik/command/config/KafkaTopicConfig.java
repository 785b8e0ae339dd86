package id.inovik.command.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The event topics (innovations; region designations) keep every record forever: it is the replay
 * source for read-model rebuilds (the event store stays the source of truth and can republish).
 */
@Configuration
class KafkaTopicConfig {

  @Bean
  NewTopic innovationEventsTopic(InovikCommandProperties properties) {
    return TopicBuilder.name(properties.topics().innovationEvents())
        .partitions(properties.partitions())
        .replicas(properties.replicationFactor())
        .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
        .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
        .build();
  }

  @Bean
  NewTopic regionEventsTopic(InovikCommandProperties properties) {
    return TopicBuilder.name(properties.topics().regionEvents())
        .partitions(1)
        .replicas(properties.replicationFactor())
        .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
        .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
        .build();
  }
}
