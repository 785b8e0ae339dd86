package id.inovik.command.config;

import id.inovik.api.award.AwardTopics;
import id.inovik.api.messaging.Topics;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the command service (prefix {@code inovik}); see the README's configuration table.
 *
 * @param dataDir where the embedded event store (H2) lives when no external database is configured
 * @param topics the Kafka topics the events are published to
 * @param partitions partitions of the innovation topic when the service creates it
 * @param replicationFactor replication factor when the service creates the topics
 * @param publishTimeout how long a batch of publications may wait for Kafka's acknowledgement
 * @param topic deprecated name of {@code inovik.topics.innovation-events}, used when that is unset
 * @param regionTopic deprecated name of {@code inovik.topics.region-events}, used when that is
 *     unset
 * @param publisher how the Kafka publisher tracks the event store (docs/adr/0009)
 */
@ConfigurationProperties(prefix = "inovik")
public record InovikCommandProperties(
    String dataDir,
    TopicNames topics,
    Integer partitions,
    Short replicationFactor,
    Duration publishTimeout,
    @Deprecated String topic,
    @Deprecated String regionTopic,
    Publisher publisher) {

  private static final Logger log = LoggerFactory.getLogger(InovikCommandProperties.class);

  /**
   * The topic names, the same keys as the query service's ({@code inovik.topics.*}).
   *
   * @param innovationEvents innovation events, keyed by region code
   * @param regionEvents region designation changes, keyed by region code
   * @param awardEvents award editions (keyed by edition) and submissions (keyed by region code)
   */
  public record TopicNames(String innovationEvents, String regionEvents, String awardEvents) {}

  public InovikCommandProperties {
    topics =
        new TopicNames(
            chosen(
                topics == null ? null : topics.innovationEvents(),
                "inovik.topics.innovation-events",
                topic,
                "inovik.topic",
                Topics.INNOVATION_EVENTS),
            chosen(
                topics == null ? null : topics.regionEvents(),
                "inovik.topics.region-events",
                regionTopic,
                "inovik.region-topic",
                Topics.REGION_EVENTS),
            topics == null || topics.awardEvents() == null
                ? AwardTopics.AWARD_EVENTS
                : topics.awardEvents());
    partitions = partitions == null ? 6 : partitions;
    replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    publishTimeout = publishTimeout == null ? Duration.ofSeconds(30) : publishTimeout;
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

  private static String chosen(
      String value, String key, String deprecatedValue, String deprecatedKey, String fallback) {
    if (deprecatedValue != null) {
      if (value != null) {
        log.warn("{} is deprecated and ignored: {} is set too", deprecatedKey, key);
      } else {
        log.warn("{} is deprecated: set {} instead", deprecatedKey, key);
        return deprecatedValue;
      }
    }
    return value == null ? fallback : value;
  }
}
