package id.inovik.command.config;

import id.inovik.api.messaging.Topics;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the command service.
 *
 * @param dataDir where the embedded event store (H2) lives when no external database is configured
 * @param topic Kafka topic the innovation events are published to
 * @param partitions partitions of that topic when the service creates it
 * @param replicationFactor replication factor when the service creates the topic
 * @param publishTimeout how long a batch of publications may wait for Kafka's acknowledgement
 * @param regionTopic Kafka topic the region designation changes are published to
 */
@ConfigurationProperties(prefix = "inovik")
public record InovikCommandProperties(
    String dataDir,
    String topic,
    Integer partitions,
    Short replicationFactor,
    Duration publishTimeout,
    String regionTopic) {

  public InovikCommandProperties {
    topic = topic == null ? Topics.INNOVATION_EVENTS : topic;
    partitions = partitions == null ? 6 : partitions;
    replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    publishTimeout = publishTimeout == null ? Duration.ofSeconds(30) : publishTimeout;
    regionTopic = regionTopic == null ? Topics.REGION_EVENTS : regionTopic;
  }
}
