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
 * @param publisher how the Kafka publisher tracks the event store (docs/adr/0009)
 */
@ConfigurationProperties(prefix = "inovik")
public record InovikCommandProperties(
    String dataDir,
    String topic,
    Integer partitions,
    Short replicationFactor,
    Duration publishTimeout,
    String regionTopic,
    Publisher publisher) {

  public InovikCommandProperties {
    topic = topic == null ? Topics.INNOVATION_EVENTS : topic;
    partitions = partitions == null ? 6 : partitions;
    replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    publishTimeout = publishTimeout == null ? Duration.ofSeconds(30) : publishTimeout;
    regionTopic = regionTopic == null ? Topics.REGION_EVENTS : regionTopic;
    publisher = publisher == null ? new Publisher(null, null, null, null) : publisher;
  }

  /**
   * @param gapTimeout how long the publisher waits for an event below the newest one it has read
   *     (an index handed out to a transaction that has not committed yet) before it moves on; an
   *     event committed later than this is published by the audit instead
   * @param auditInterval how often the audit compares the store with what was published
   * @param auditHorizon how long an index that has no event may still receive one (a transaction
   *     that commits later than this after its index was handed out is not looked for); keep it
   *     above the longest transaction the service runs
   * @param auditBatch at most this many global indexes are checked in one audit pass
   */
  public record Publisher(
      Duration gapTimeout, Duration auditInterval, Duration auditHorizon, Integer auditBatch) {

    public Publisher {
      gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
      auditInterval = auditInterval == null ? Duration.ofSeconds(15) : auditInterval;
      auditHorizon = auditHorizon == null ? Duration.ofHours(1) : auditHorizon;
      auditBatch = auditBatch == null ? 10_000 : auditBatch;
    }
  }
}
