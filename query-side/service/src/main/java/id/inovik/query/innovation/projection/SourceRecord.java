package id.inovik.query.innovation.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where an event came from: enough to find it again and to copy it to the dead-letter topic. */
public record SourceRecord(String topic, int partition, long offset, String key, String value) {

  public static SourceRecord of(ConsumerRecord<String, String> record) {
    return new SourceRecord(
        record.topic(), record.partition(), record.offset(), record.key(), record.value());
  }

  @Override
  public String toString() {
    return topic + "-" + partition + "@" + offset;
  }
}
