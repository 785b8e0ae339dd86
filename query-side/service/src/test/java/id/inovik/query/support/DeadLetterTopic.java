package id.inovik.query.support;

import id.inovik.api.messaging.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Reads the projection's dead-letter topic from the start, as an operator's consumer would. */
public final class DeadLetterTopic {

  public static final String NAME = Topics.INNOVATION_EVENTS + ".DLT";

  private DeadLetterTopic() {}

  /** Every record in the dead-letter topic so far. */
  public static List<ConsumerRecord<String, String>> read(String bootstrapServers) {
    Map<String, Object> props =
        KafkaTestUtils.consumerProps(bootstrapServers, "dlt-reader-" + UUID.randomUUID(), false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (Consumer<String, String> consumer =
        new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer())
            .createConsumer()) {
      consumer.subscribe(List.of(NAME));
      List<ConsumerRecord<String, String>> records = new ArrayList<>();
      KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(10)).forEach(records::add);
      return records;
    }
  }

  /** A header's value as text, or null. */
  public static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
