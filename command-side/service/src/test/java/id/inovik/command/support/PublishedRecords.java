package id.inovik.command.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what the publisher put on a topic, as a consumer of the topic would. */
public final class PublishedRecords {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A record's key and its {@code PublishedEvent} envelope. */
  public record Published(String key, JsonNode envelope) {}

  private PublishedRecords() {}

  /**
   * Reads {@code topic} from the start until {@code count} records whose envelope matches have
   * arrived (30 s at most), in topic order.
   */
  public static List<Published> read(
      String bootstrapServers, String topic, Predicate<JsonNode> wanted, int count) {
    Map<String, Object> props =
        KafkaTestUtils.consumerProps(bootstrapServers, "it-" + UUID.randomUUID(), false);
    props.put("auto.offset.reset", "earliest");
    try (Consumer<String, String> consumer =
        new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer())
            .createConsumer()) {
      consumer.subscribe(List.of(topic));
      List<Published> found = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                  JsonNode envelope = JSON.readTree(r.value());
                  if (wanted.test(envelope)) {
                    found.add(new Published(r.key(), envelope));
                  }
                }
                return found.size() >= count;
              });
      return found;
    }
  }

  /** Waits until every given event id has been published on {@code topic} (30 s at most). */
  public static void awaitEventIds(String bootstrapServers, String topic, Set<String> eventIds) {
    Set<String> missing =
        missingEventIds(bootstrapServers, topic, eventIds, Duration.ofSeconds(30));
    if (!missing.isEmpty()) {
      throw new AssertionError("not published within 30 s: " + missing);
    }
  }

  /**
   * Reads {@code topic} from the start until every given event id has been seen or the time is up,
   * and returns the ids never seen.
   */
  public static Set<String> missingEventIds(
      String bootstrapServers, String topic, Set<String> eventIds, Duration within) {
    Map<String, Object> props =
        KafkaTestUtils.consumerProps(bootstrapServers, "it-" + UUID.randomUUID(), false);
    props.put("auto.offset.reset", "earliest");
    Set<String> missing = new HashSet<>(eventIds);
    try (Consumer<String, String> consumer =
        new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer())
            .createConsumer()) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + within.toNanos();
      while (!missing.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          missing.remove(JSON.readTree(r.value()).get("eventId").asString());
        }
      }
    }
    return missing;
  }
}
