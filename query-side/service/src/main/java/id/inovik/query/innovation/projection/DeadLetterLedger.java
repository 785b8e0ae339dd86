package id.inovik.query.innovation.projection;

import id.inovik.query.config.QueryProperties;
import id.inovik.query.innovation.projection.ProjectionStatus.FailureNote;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which dead letters an operator has not acknowledged yet, kept in Kafka so that a restart does not
 * forget them. The consumer group {@code <projection group>.dlt-acknowledged} never consumes; its
 * committed offsets mark how far the dead-letter topic has been acknowledged. Everything past them
 * is unacknowledged: end offsets minus those offsets, measured every {@code
 * inovik.projection.lag-interval} (two admin requests) and raised at once by each copy sent.
 * Acknowledging moves the group to the end offsets of the moment.
 */
@Component
public class DeadLetterLedger {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterLedger.class);
  private static final long TIMEOUT_SECONDS = 5;

  private final AdminClient admin;
  private final ConsumerFactory<String, String> consumers;
  private final ProjectionStatus status;
  private final String topic;
  private final String group;

  DeadLetterLedger(
      AdminClient admin,
      ConsumerFactory<String, String> consumers,
      ProjectionStatus status,
      QueryProperties properties) {
    this.admin = admin;
    this.consumers = consumers;
    this.status = status;
    this.topic = properties.topics().innovationEventsDeadLetter();
    this.group = properties.projection().acknowledgedGroupId();
  }

  /** The dead-letter topic's name. */
  public String topic() {
    return topic;
  }

  @Scheduled(initialDelayString = "1s", fixedDelayString = "${inovik.projection.lag-interval:10s}")
  void measure() {
    try {
      Map<Integer, Long> ends = endOffsets();
      Map<Integer, Long> acknowledged = new HashMap<>();
      admin
          .listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata()
          .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
          .forEach(
              (tp, offset) -> {
                if (tp.topic().equals(topic) && offset != null) {
                  acknowledged.put(tp.partition(), offset.offset());
                }
              });
      status.deadLetterOffsets(ends, acknowledged);
      if (status.deadLetters() > 0 && status.lastFailure() == null) {
        readNewest(ends, acknowledged);
      }
    } catch (Exception e) {
      log.debug("Could not measure the dead-letter topic {}: {}", topic, e.toString());
    }
  }

  /**
   * Acknowledges every dead letter in the topic now.
   *
   * @return how many were not acknowledged before
   */
  public long acknowledge() throws InterruptedException, ExecutionException, TimeoutException {
    Map<Integer, Long> ends = endOffsets();
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    ends.forEach((p, o) -> offsets.put(new TopicPartition(topic, p), new OffsetAndMetadata(o)));
    admin.alterConsumerGroupOffsets(group, offsets).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    long count = status.acknowledged(ends);
    log.info("{} dead letters in {} acknowledged", count, topic);
    return count;
  }

  private Map<Integer, Long> endOffsets()
      throws InterruptedException, ExecutionException, TimeoutException {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    admin
        .describeTopics(List.of(topic))
        .allTopicNames()
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .get(topic)
        .partitions()
        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
    Map<TopicPartition, ListOffsetsResultInfo> found =
        admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Map<Integer, Long> ends = new HashMap<>();
    found.forEach((tp, info) -> ends.put(tp.partition(), info.offset()));
    return ends;
  }

  /**
   * After a restart the health component knows how many dead letters wait but not what they are:
   * read the newest unacknowledged one's headers (once; a few milliseconds).
   */
  private void readNewest(Map<Integer, Long> ends, Map<Integer, Long> acknowledged) {
    TopicPartition newest = null;
    long offset = -1;
    for (Map.Entry<Integer, Long> end : ends.entrySet()) {
      if (end.getValue() > acknowledged.getOrDefault(end.getKey(), 0L)) {
        newest = new TopicPartition(topic, end.getKey());
        offset = end.getValue() - 1;
        break;
      }
    }
    if (newest == null) {
      return;
    }
    Properties overrides = new Properties();
    overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
    try (Consumer<String, String> consumer =
        consumers.createConsumer(null, "inovik-dlt-peek", null, overrides)) {
      consumer.assign(List.of(newest));
      consumer.seek(newest, offset);
      long deadline = System.nanoTime() + Duration.ofSeconds(TIMEOUT_SECONDS).toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          String reason = header(record, DeadLetterPublisher.REASON_HEADER);
          String message = header(record, DeadLetterPublisher.MESSAGE_HEADER);
          status.lastDeadLetter(
              new FailureNote(
                  reason + ": " + message,
                  header(record, DeadLetterPublisher.ORIGIN_HEADER),
                  Instant.ofEpochMilli(record.timestamp())));
          return;
        }
      }
    }
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }
}
