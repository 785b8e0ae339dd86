package id.inovik.query.innovation.projection;

import id.inovik.query.config.QueryProperties;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Copies a record the projection cannot apply to {@code <topic>.DLT} (same key and value; the
 * reason and the original position in headers), logs it at ERROR and marks the projection DOWN
 * until an operator acknowledges it ({@link DeadLetterLedger}). Waits for Kafka's acknowledgement:
 * if the copy cannot be stored the batch fails and is retried, so no record is ever dropped without
 * a trace.
 */
@Component
public class DeadLetterPublisher {

  public static final String REASON_HEADER = "inovik-dlt-reason";
  public static final String MESSAGE_HEADER = "inovik-dlt-message";
  public static final String ORIGIN_HEADER = "inovik-dlt-origin";

  private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

  private final KafkaTemplate<String, String> kafka;
  private final ProjectionStatus status;
  private final String topic;

  public DeadLetterPublisher(
      KafkaTemplate<String, String> kafka, ProjectionStatus status, QueryProperties properties) {
    this.kafka = kafka;
    this.status = status;
    this.topic = properties.topics().innovationEventsDeadLetter();
  }

  public void publish(ProjectionFailure failure)
      throws InterruptedException, ExecutionException, TimeoutException {
    SourceRecord source = failure.source();
    ProducerRecord<String, String> record =
        new ProducerRecord<>(topic, source.key(), source.value());
    record.headers().add(REASON_HEADER, bytes(failure.reason().tag()));
    record.headers().add(MESSAGE_HEADER, bytes(failure.message()));
    record.headers().add(ORIGIN_HEADER, bytes(source.toString()));
    RecordMetadata stored = kafka.send(record).get(30, TimeUnit.SECONDS).getRecordMetadata();
    status.deadLettered(failure, stored.partition(), stored.offset());
    log.error(
        "Projection could not apply record {} ({}): {}; copied to {}",
        source,
        failure.reason().tag(),
        failure.message(),
        topic);
  }

  private static byte[] bytes(String s) {
    return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
  }
}
