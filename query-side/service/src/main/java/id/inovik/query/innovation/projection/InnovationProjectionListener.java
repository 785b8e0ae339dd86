package id.inovik.query.innovation.projection;

import id.inovik.api.messaging.Topics;
import id.inovik.query.config.QueryProperties;
import id.inovik.query.innovation.index.InnovationIndex;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The live projection: each poll's records become one mget and one bulk request against the alias.
 * Offsets are committed after the batch, so a crash replays at most one batch, which the writer
 * skips as already applied. A failing batch is retried with back-off by the container's error
 * handler (see {@code KafkaConfig}); records that can never be applied go to the dead-letter topic.
 */
@Component
public class InnovationProjectionListener {

  /** Listener container id, used by the rebuild to pause the live projection. */
  public static final String ID = "innovation-projection";

  private static final Logger log = LoggerFactory.getLogger(InnovationProjectionListener.class);

  private final ProjectionWriter writer;
  private final DeadLetterPublisher deadLetters;
  private final ProjectionStatus status;
  private final InnovationIndex index;

  InnovationProjectionListener(
      ProjectionWriter writer,
      DeadLetterPublisher deadLetters,
      ProjectionStatus status,
      InnovationIndex index) {
    this.writer = writer;
    this.deadLetters = deadLetters;
    this.status = status;
    this.index = index;
  }

  @KafkaListener(
      id = ID,
      topics = "${inovik.topics.innovation-events:" + Topics.INNOVATION_EVENTS + "}",
      groupId = "${inovik.projection.group-id:" + QueryProperties.DEFAULT_GROUP_ID + "}",
      batch = "true")
  public void onBatch(List<ConsumerRecord<String, String>> records) throws Exception {
    try {
      ProjectionWriter.BatchOutcome outcome =
          writer.write(records.stream().map(SourceRecord::of).toList(), index.alias());
      for (ProjectionFailure failure : outcome.failures()) {
        deadLetters.publish(failure);
      }
      status.applied(outcome);
    } catch (Exception e) {
      log.warn(
          "Projection batch of {} records failed, will retry: {}", records.size(), e.toString());
      status.retrying(e);
      throw e;
    }
  }
}
