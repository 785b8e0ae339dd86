package id.inovik.query.standings;

import id.inovik.api.award.AwardTopics;
import id.inovik.api.messaging.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Service;

/**
 * Folds the three topics afresh, from their beginning to their current end, into a new ledger
 * (without a consumer group: partitions are assigned, nothing is committed), so the live standings
 * can be compared with a rebuild of the same events (determinism, docs/adr/0019).
 */
@Service
public class StandingsRebuild {

  private final ConsumerFactory<String, String> consumers;
  private final StandingsLedgerHolder holder;
  private final List<String> topics;

  StandingsRebuild(
      ConsumerFactory<String, String> consumers,
      StandingsLedgerHolder holder,
      @Value("${inovik.topics.award-events:" + AwardTopics.AWARD_EVENTS + "}") String award,
      @Value("${inovik.topics.region-events:" + Topics.REGION_EVENTS + "}") String region,
      @Value("${inovik.topics.innovation-events:" + Topics.INNOVATION_EVENTS + "}")
          String innovation) {
    this.consumers = consumers;
    this.holder = holder;
    this.topics = List.of(award, region, innovation);
  }

  /** A ledger holding every event on the topics now, scored. */
  public StandingsLedger rebuild(Duration timeout) {
    StandingsLedger ledger = holder.fresh();
    AwardRecordDecoder decoder = new AwardRecordDecoder();
    try (Consumer<String, String> consumer =
        consumers.createConsumer(null, "standings-rebuild", null)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos != null) {
          infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      Instant deadline = Instant.now().plus(timeout);
      while (!done(consumer, end)) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "rebuild did not reach the end of the topics in " + timeout);
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          try {
            decoder.decode(record.value()).ifPresent(ledger::apply);
          } catch (IllegalArgumentException | StandingsLedger.UnappliedEventException e) {
            // left out as by the live listener, which records it in StandingsFailures
          }
        }
      }
    }
    ledger.markWritten(ledger.changed());
    return ledger;
  }

  private static boolean done(Consumer<String, String> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }
}
