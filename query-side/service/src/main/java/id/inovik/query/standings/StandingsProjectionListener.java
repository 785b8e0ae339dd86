package id.inovik.query.standings;

import id.inovik.api.award.AwardTopics;
import id.inovik.api.messaging.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * The live standings: the award, region and innovation topics in one consumer, read from the
 * beginning at every start (the ledger lives in memory; docs/adr/0019). Each poll's records go into
 * the {@link StandingsLedger}, which re-scores the regions they touch, and those regions' documents
 * are written in one bulk request. A failed write is retried with back-off by the container; the
 * regions stay marked as changed until a write succeeds, and records seen before change nothing.
 */
@Component
public class StandingsProjectionListener implements ConsumerSeekAware {

  public static final String ID = "standings-projection";
  public static final String GROUP_ID = "inovik-query-standings";

  private static final Logger log = LoggerFactory.getLogger(StandingsProjectionListener.class);

  private final StandingsLedgerHolder ledger;
  private final StandingsIndex index;
  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();

  private final AwardRecordDecoder decoder = new AwardRecordDecoder();
  private final StandingsFailures failures;
  private volatile Instant lastWrite;

  StandingsProjectionListener(
      StandingsLedgerHolder ledger, StandingsIndex index, StandingsFailures failures) {
    this.ledger = ledger;
    this.index = index;
    this.failures = failures;
  }

  /** The envelope's event id when the record is JSON that has one, else null. */
  private static String eventId(String value) {
    try {
      var id = JSON.readTree(value).get("eventId");
      return id == null || id.isNull() ? null : id.asString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public void onPartitionsAssigned(
      Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
    callback.seekToBeginning(assignments.keySet());
  }

  @KafkaListener(
      id = ID,
      groupId = GROUP_ID,
      topics = {
        "${inovik.topics.award-events:" + AwardTopics.AWARD_EVENTS + "}",
        "${inovik.topics.region-events:" + Topics.REGION_EVENTS + "}",
        "${inovik.topics.innovation-events:" + Topics.INNOVATION_EVENTS + "}"
      },
      batch = "true")
  public void onBatch(List<ConsumerRecord<String, String>> records) throws Exception {
    StandingsLedger current = ledger.current();
    for (ConsumerRecord<String, String> record : records) {
      try {
        decoder.decode(record.value()).ifPresent(current::apply);
      } catch (IllegalArgumentException | StandingsLedger.UnappliedEventException e) {
        // not retried (applying is pure: it would fail the same way) and never silent
        log.error(
            "Standings could not apply {}-{}@{}: {}",
            record.topic(),
            record.partition(),
            record.offset(),
            e.getMessage());
        failures.record(
            new StandingsFailures.Failure(
                record.topic(),
                record.partition(),
                record.offset(),
                eventId(record.value()),
                e.getMessage(),
                Instant.now()));
      }
    }
    flush(current);
  }

  /** Writes every region the ledger re-scored; throws (the batch is retried) when ES fails. */
  void flush(StandingsLedger current) throws Exception {
    List<RegionStanding> changed = current.changed();
    if (changed.isEmpty()) {
      return;
    }
    try {
      index.write(changed.stream().map(StandingDocument::of).toList());
    } catch (Exception e) {
      log.warn(
          "Standings write of {} regions failed, will retry: {}", changed.size(), e.toString());
      throw e;
    }
    current.markWritten(changed);
    lastWrite = Instant.now();
  }

  /** When documents were last written, or null. */
  public Instant lastWrite() {
    return lastWrite;
  }
}
