package id.inovik.command.publish;

import id.inovik.command.config.InovikCommandProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compares the event store with what the Kafka publisher has published and publishes late what it
 * passed over, so that no event is skipped silently (docs/adr/0009).
 *
 * <p>The publisher's tracking token remembers the indexes below its position that had no event yet
 * (gaps: a transaction that took the index has not committed). It gives a gap up after the gap
 * timeout; an event committed later than that would never be read. Each pass walks the store from
 * the watermark up to the publisher's position: an event of a published type that is neither in the
 * {@link PublicationLedger} nor still awaited as a gap is published now. The watermark moves past
 * an index once its event is published, or once it has stayed empty for longer than the audit
 * horizon. Runs only on the instance whose publisher holds the whole event stream.
 */
@Component
public class PublicationAudit implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(PublicationAudit.class);
  private static final String PROCESSOR = KafkaEventPublisher.PROCESSING_GROUP;

  /**
   * What one pass found.
   *
   * @param checkedUpTo the watermark after the pass
   * @param publishedLate events published by this pass
   * @param waiting indexes at or above the watermark still expected to fill (or be published)
   */
  public record Pass(long checkedUpTo, int publishedLate, int waiting) {}

  private record Row(long index, String payloadType, Instant storedAt) {}

  private final JdbcTemplate jdbc;
  private final PublicationLedger ledger;
  private final KafkaEventPublisher publisher;
  private final EventStorageEngine engine;
  private final ObjectProvider<EventProcessingConfiguration> processing;
  private final TransactionTemplate transactions;
  private final InovikCommandProperties.Publisher settings;
  private final Clock clock;
  private final Counter failures;
  private final Map<String, Boolean> publishable = new HashMap<>();
  private ScheduledExecutorService scheduler;
  private ScheduledFuture<?> schedule;
  private volatile Pass lastPass;
  private volatile String lastError;

  public PublicationAudit(
      JdbcTemplate jdbc,
      PublicationLedger ledger,
      KafkaEventPublisher publisher,
      EventStorageEngine engine,
      ObjectProvider<EventProcessingConfiguration> processing,
      PlatformTransactionManager transactionManager,
      InovikCommandProperties properties,
      Clock clock,
      MeterRegistry meters) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.publisher = publisher;
    this.engine = engine;
    this.processing = processing;
    this.transactions = new TransactionTemplate(transactionManager);
    this.settings = properties.publisher();
    this.clock = clock;
    this.failures =
        Counter.builder("inovik.publisher.audit.failures")
            .description("Audit passes that failed (retried at the next interval)")
            .register(meters);
  }

  /**
   * One pass. Empty when this instance's publisher does not hold the whole stream or has not read
   * anything yet.
   */
  public synchronized Optional<Pass> runOnce() {
    Optional<GapAwareTrackingToken> token = publisherToken();
    if (token.isEmpty()) {
      return Optional.empty();
    }
    Pass pass = transactions.execute(status -> pass(token.get()));
    lastPass = pass;
    lastError = null;
    return Optional.ofNullable(pass);
  }

  /** The last completed pass on this instance, or null. */
  public Pass lastPass() {
    return lastPass;
  }

  /** Why the last pass failed, or null when it did not. */
  public String lastError() {
    return lastError;
  }

  private Pass pass(GapAwareTrackingToken token) {
    long watermark = ledger.lockWatermark(PROCESSOR);
    long position = token.getIndex();
    if (position <= watermark) {
      return new Pass(watermark, 0, 0);
    }
    long upTo = Math.min(position, watermark + settings.auditBatch());
    List<Row> rows =
        jdbc.query(
            "SELECT globalIndex, payloadType, timeStamp FROM DomainEventEntry"
                + " WHERE globalIndex > ? AND globalIndex <= ? ORDER BY globalIndex",
            (rs, i) -> new Row(rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3))),
            watermark,
            upTo);
    BitSet published = new BitSet();
    for (PublicationLedger.Run run : ledger.runsBetween(watermark, upTo)) {
      long from = Math.max(run.first(), watermark + 1);
      long to = Math.min(run.last(), upTo);
      if (from <= to) {
        published.set(offset(from, watermark), offset(to, watermark) + 1);
      }
    }
    SortedSet<Long> gaps = token.getGaps();
    Instant horizon = clock.instant().minus(settings.auditHorizon());

    long checkedUpTo = watermark;
    boolean blocked = false;
    int late = 0;
    int waiting = 0;
    int next = 0;
    for (long index = watermark + 1; index <= upTo; index++) {
      while (next < rows.size() && rows.get(next).index() < index) {
        next++;
      }
      Row row = next < rows.size() && rows.get(next).index() == index ? rows.get(next) : null;
      boolean done;
      if (row != null) {
        if (published.get(offset(index, watermark)) || !publishable(row.payloadType())) {
          done = true;
        } else if (gaps.contains(index)) {
          done = false; // filled and still awaited: the publisher reads it next
        } else {
          publishLate(index);
          late++;
          done = true;
        }
      } else {
        // No event (yet). The next stored event was written after this index was handed out.
        Row after = next < rows.size() ? rows.get(next) : null;
        done = after != null && after.storedAt().isBefore(horizon) && !gaps.contains(index);
      }
      if (!done) {
        waiting++;
        blocked = true;
      } else if (!blocked) {
        checkedUpTo = index;
      }
    }
    if (checkedUpTo > watermark) {
      ledger.advanceWatermark(PROCESSOR, checkedUpTo);
    }
    return new Pass(checkedUpTo, late, waiting);
  }

  private void publishLate(long index) {
    TrackedEventMessage<?> message;
    try (var events =
        engine.readEvents(GapAwareTrackingToken.newInstance(index - 1, List.of()), false)) {
      message =
          events
              .findFirst()
              .filter(m -> m.trackingToken().position().orElse(-1) == index)
              .orElseThrow(
                  () -> new IllegalStateException("event at global index " + index + " vanished"));
    }
    Long sequence = message instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : null;
    log.warn(
        "Publishing {} at global index {} late: it committed after the publisher had moved past"
            + " it",
        message.getPayloadType().getSimpleName(),
        index);
    publisher.publishLate(message, sequence, index);
  }

  private boolean publishable(String payloadType) {
    return publishable.computeIfAbsent(
        payloadType,
        name -> {
          try {
            return KafkaEventPublisher.publishes(
                Class.forName(name, false, getClass().getClassLoader()));
          } catch (ClassNotFoundException e) {
            return false;
          }
        });
  }

  private static int offset(long index, long watermark) {
    return Math.toIntExact(index - watermark - 1);
  }

  /** The publisher's token when this instance runs it over the whole stream (one segment). */
  private Optional<GapAwareTrackingToken> publisherToken() {
    EventProcessingConfiguration config = processing.getIfAvailable();
    if (config == null) {
      return Optional.empty();
    }
    return config
        .eventProcessor(PROCESSOR, StreamingEventProcessor.class)
        .filter(StreamingEventProcessor::isRunning)
        .map(StreamingEventProcessor::processingStatus)
        .filter(status -> status.size() == 1)
        .map(status -> status.values().iterator().next())
        .filter(status -> status.getSegment().getMask() == 0)
        .map(EventTrackerStatus::getTrackingToken)
        .map(WrappedToken::unwrapLowerBound)
        .filter(GapAwareTrackingToken.class::isInstance)
        .map(GapAwareTrackingToken.class::cast);
  }

  private void scheduledPass() {
    try {
      runOnce()
          .filter(p -> p.publishedLate() > 0)
          .ifPresent(
              p -> log.warn("Publication audit published {} events late", p.publishedLate()));
    } catch (RuntimeException e) {
      failures.increment();
      lastError = e.toString();
      log.error("Publication audit failed; it runs again in {}", settings.auditInterval(), e);
    }
  }

  @Override
  public synchronized void start() {
    Duration every = settings.auditInterval();
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "publication-audit");
              t.setDaemon(true);
              return t;
            });
    schedule =
        scheduler.scheduleWithFixedDelay(
            this::scheduledPass, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      schedule.cancel(false);
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
