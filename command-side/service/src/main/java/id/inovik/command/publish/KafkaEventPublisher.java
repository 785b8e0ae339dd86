package id.inovik.command.publish;

import id.inovik.api.award.EditionEvent;
import id.inovik.api.award.JuryEvent;
import id.inovik.api.award.SubmissionEvent;
import id.inovik.api.innovation.InnovationEvent;
import id.inovik.api.messaging.PublishedEvent;
import id.inovik.api.region.RegionDesignationChangedEvent;
import id.inovik.command.config.InovikCommandProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes every innovation event, every region designation change and every award event to Kafka
 * from a tracking processor (at-least-once).
 *
 * <p>Sends are asynchronous within one batch of the processor; before the batch's token is stored
 * the publisher waits for Kafka to acknowledge every send. A failed or timed-out send fails the
 * batch, so the token does not advance, the processor reports an error and retries the batch: an
 * event is never skipped, though it may be published twice (consumers are idempotent by sequence).
 * The record key is the region code (see {@link InnovationEvent}), also for a region's award
 * submission; award edition events and the edition's jury events are keyed by their edition. {@link
 * #route} says where each kind goes.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
@DisallowReplay
public class KafkaEventPublisher {

  public static final String PROCESSING_GROUP = "kafka-publisher";
  private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
  private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";

  private final KafkaTemplate<String, String> kafka;
  private final EventEnvelopes envelopes;
  private final InovikCommandProperties properties;
  private final PublicationProgress progress;
  private final PublicationLedger ledger;
  private final MeterRegistry meters;
  private final Counter failures;

  public KafkaEventPublisher(
      KafkaTemplate<String, String> kafka,
      EventEnvelopes envelopes,
      InovikCommandProperties properties,
      PublicationProgress progress,
      PublicationLedger ledger,
      MeterRegistry meters) {
    this.kafka = kafka;
    this.envelopes = envelopes;
    this.properties = properties;
    this.progress = progress;
    this.ledger = ledger;
    this.meters = meters;
    this.failures =
        Counter.builder("inovik.publisher.failures")
            .description("Batches of events that Kafka did not acknowledge (retried)")
            .register(meters);
  }

  @EventHandler
  void on(
      InnovationEvent event,
      EventMessage<?> message,
      @SequenceNumber Long sequence,
      TrackingToken token) {
    long globalIndex = token == null ? -1 : token.position().orElse(-1);
    send(
        properties.topics().innovationEvents(), event.regionCode(), message, sequence, globalIndex);
  }

  /**
   * Region designation changes go to their own topic (keyed by region code, one partition, so the
   * changes of all regions keep their order); the aggregate is the region-edition.
   */
  @EventHandler
  void on(
      RegionDesignationChangedEvent event,
      EventMessage<?> message,
      @SequenceNumber Long sequence,
      TrackingToken token) {
    long globalIndex = token == null ? -1 : token.position().orElse(-1);
    send(properties.topics().regionEvents(), event.regionCode(), message, sequence, globalIndex);
  }

  /** Award edition events go to the award topic keyed by edition (e.g. {@code IGA-2026}). */
  @EventHandler
  void on(
      EditionEvent event,
      EventMessage<?> message,
      @SequenceNumber Long sequence,
      TrackingToken token) {
    long globalIndex = token == null ? -1 : token.position().orElse(-1);
    Route route = route(event);
    send(route.topic(), route.key(), message, sequence, globalIndex);
  }

  /**
   * A region's award submission events go to the award topic keyed by region code, so that one
   * region's claims and decisions stay in order (its submissions to several editions share it).
   */
  @EventHandler
  void on(
      SubmissionEvent event,
      EventMessage<?> message,
      @SequenceNumber Long sequence,
      TrackingToken token) {
    long globalIndex = token == null ? -1 : token.position().orElse(-1);
    Route route = route(event);
    send(route.topic(), route.key(), message, sequence, globalIndex);
  }

  /**
   * An edition's jury events go to the award topic keyed by the edition id, like the edition's own
   * events: one edition's jurors, assignments and scores stay in order beside its stages.
   */
  @EventHandler
  void on(
      JuryEvent event,
      EventMessage<?> message,
      @SequenceNumber Long sequence,
      TrackingToken token) {
    long globalIndex = token == null ? -1 : token.position().orElse(-1);
    Route route = route(event);
    send(route.topic(), route.key(), message, sequence, globalIndex);
  }

  /** Whether events of this payload type go to Kafka (the audit looks only for those). */
  public static boolean publishes(Class<?> payloadType) {
    return InnovationEvent.class.isAssignableFrom(payloadType)
        || RegionDesignationChangedEvent.class.isAssignableFrom(payloadType)
        || EditionEvent.class.isAssignableFrom(payloadType)
        || SubmissionEvent.class.isAssignableFrom(payloadType)
        || JuryEvent.class.isAssignableFrom(payloadType);
  }

  /** A topic and a record key. */
  record Route(String topic, String key) {}

  /** Where an event is published, and under which key; the live and the late path share it. */
  Route route(Object event) {
    return switch (event) {
      case InnovationEvent e -> new Route(properties.topics().innovationEvents(), e.regionCode());
      case RegionDesignationChangedEvent e ->
          new Route(properties.topics().regionEvents(), e.regionCode());
      case EditionEvent e -> new Route(properties.topics().awardEvents(), e.editionId());
      case SubmissionEvent e -> new Route(properties.topics().awardEvents(), e.regionCode());
      case JuryEvent e -> new Route(properties.topics().awardEvents(), e.editionId());
      default -> throw new IllegalArgumentException("not published: " + event.getClass());
    };
  }

  /**
   * Publishes one event that the tracking processor passed over (found by {@link
   * PublicationAudit}), waits for Kafka's acknowledgement and records it in the ledger (in the
   * caller's transaction).
   */
  void publishLate(EventMessage<?> message, Long sequence, long globalIndex) {
    Route route = route(message.getPayload());
    String topic = route.topic();
    String key = route.key();
    PublishedEvent envelope = envelopes.envelope(message, sequence, globalIndex);
    try {
      kafka
          .send(topic, key, envelopes.toJson(envelope))
          .get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail(1, e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      throw fail(1, e);
    }
    ledger.recordPublished(List.of(globalIndex));
    meters.counter("inovik.publisher.events.published", "type", envelope.type()).increment();
    meters.counter("inovik.publisher.events.late", "type", envelope.type()).increment();
  }

  private void send(
      String topic, String key, EventMessage<?> message, Long sequence, long globalIndex) {
    PublishedEvent envelope = envelopes.envelope(message, sequence, globalIndex);
    CompletableFuture<SendResult<String, String>> sent;
    try {
      sent = kafka.send(topic, key, envelopes.toJson(envelope));
    } catch (RuntimeException e) {
      throw fail(1, e);
    }
    pendingSends().add(new PendingSend(sent, envelope.type(), globalIndex, message.getTimestamp()));
  }

  private List<PendingSend> pendingSends() {
    UnitOfWork<?> uow = CurrentUnitOfWork.get().root();
    return uow.getOrComputeResource(
        PENDING,
        key -> {
          List<PendingSend> pending = new ArrayList<>();
          uow.onPrepareCommit(u -> awaitAcknowledgements(pending));
          return pending;
        });
  }

  private void awaitAcknowledgements(List<PendingSend> pending) {
    long deadline = System.nanoTime() + properties.publishTimeout().toNanos();
    try {
      for (PendingSend send : pending) {
        long remaining = Math.max(0, deadline - System.nanoTime());
        send.future().get(remaining, TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail(pending.size(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw fail(pending.size(), e);
    }
    // In the transaction that stores the processor's token: ledger and token never disagree.
    ledger.recordPublished(pending.stream().map(PendingSend::globalIndex).toList());
    for (PendingSend send : pending) {
      meters.counter("inovik.publisher.events.published", "type", send.type()).increment();
    }
    PendingSend last = pending.getLast();
    progress.published(last.globalIndex(), last.storedAt());
  }

  private PublicationFailedException fail(int events, Exception cause) {
    failures.increment();
    progress.failed(cause);
    log.error("Kafka did not take a batch of {} events; the batch will be retried", events, cause);
    return new PublicationFailedException("Publishing to Kafka failed: " + cause, cause);
  }

  private record PendingSend(
      CompletableFuture<SendResult<String, String>> future,
      String type,
      long globalIndex,
      Instant storedAt) {}

  /** A batch could not be published; the processor retries it. */
  public static class PublicationFailedException extends RuntimeException {
    PublicationFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
