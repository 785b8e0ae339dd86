package id.inovik.command.publish;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the Kafka publisher has acknowledged so far, and how far it lags behind the event store.
 * Exposed as gauges {@code inovik.publisher.lag.events} and {@code inovik.publisher.lag.seconds}.
 */
@Component
public class PublicationProgress {

  private final EventStore eventStore;
  private final ObjectProvider<EventProcessingConfiguration> processing;
  private final Clock clock;
  private final AtomicReference<State> state =
      new AtomicReference<>(new State(-1, null, null, null));

  public PublicationProgress(
      EventStore eventStore,
      ObjectProvider<EventProcessingConfiguration> processing,
      Clock clock,
      MeterRegistry meters) {
    this.eventStore = eventStore;
    this.processing = processing;
    this.clock = clock;
    Gauge.builder("inovik.publisher.lag.events", this, PublicationProgress::lagEvents)
        .description("Events stored but not yet acknowledged by Kafka")
        .register(meters);
    Gauge.builder("inovik.publisher.lag.seconds", this, p -> p.lagSeconds())
        .description("Age of the last published event while the publisher is behind")
        .register(meters);
  }

  void published(long globalIndex, Instant storedAt) {
    state.set(new State(globalIndex, storedAt, Instant.now(clock), null));
  }

  void failed(Exception cause) {
    State s = state.get();
    state.set(new State(s.globalIndex, s.storedAt, s.publishedAt, cause.toString()));
  }

  /** Global index of the newest event in the store, or -1 when it is empty. */
  public long headIndex() {
    TrackingToken head = eventStore.createHeadToken();
    return head == null ? -1 : head.position().orElse(-1);
  }

  /**
   * Global index up to which every event is acknowledged: the lowest position over the publisher's
   * segments (from its tracking token, so it survives restarts), or -1 when nothing is published.
   */
  public long lastPublishedIndex() {
    EventProcessingConfiguration config = processing.getIfAvailable();
    if (config == null) {
      return state.get().globalIndex;
    }
    return config
        .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
        .map(
            p ->
                p.processingStatus().values().stream()
                    .map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(pos -> pos.orElse(-1))
                    .min()
                    .orElse(-1))
        .orElse(state.get().globalIndex);
  }

  /** The last publication error since the last success, or null. */
  public String lastError() {
    return state.get().error;
  }

  public double lagEvents() {
    return Math.max(0, headIndex() - lastPublishedIndex());
  }

  public double lagSeconds() {
    State s = state.get();
    if (lagEvents() == 0 || s.storedAt == null) {
      return 0;
    }
    return Duration.between(s.storedAt, Instant.now(clock)).toMillis() / 1000.0;
  }

  private record State(long globalIndex, Instant storedAt, Instant publishedAt, String error) {}
}
