package id.inovik.query.innovation.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What the live projection has done and what went wrong: the source of its metrics and of the
 * {@code projection} health component.
 *
 * <ul>
 *   <li>{@code inovik.projection.events.applied} (counter, tag {@code type})
 *   <li>{@code inovik.projection.failures} (counter, tag {@code reason}): records sent to the
 *       dead-letter topic
 *   <li>{@code inovik.projection.repairs} (counter, tag {@code reason}): innovations rebuilt from
 *       their history in the command service because the topic lacked some of their events
 *   <li>{@code inovik.projection.dead.letters} (gauge): records in the dead-letter topic not yet
 *       acknowledged, also those from before a restart
 *   <li>{@code inovik.projection.lag.events} (gauge): records on the topic not yet consumed
 *   <li>{@code inovik.projection.lag.seconds} (gauge): while records are waiting, the age of the
 *       last applied event; 0 when caught up
 * </ul>
 *
 * <p>Dead letters are counted per partition of the dead-letter topic as end offset minus the offset
 * an operator acknowledged (kept in Kafka as the committed offsets of a group that never consumes,
 * see {@link DeadLetterLedger}). The end offsets are known from each copy sent and from a periodic
 * measurement, so a restart does not forget them.
 */
@Component
public class ProjectionStatus {

  private final MeterRegistry meters;
  private final Clock clock;
  private final Map<Integer, Long> deadLetterEnds = new HashMap<>();
  private final Map<Integer, Long> deadLettersAcknowledged = new HashMap<>();
  private final AtomicLong repairs = new AtomicLong();
  private final AtomicLong lagEvents = new AtomicLong(-1);
  private volatile Instant lastAppliedEventAt;
  private volatile FailureNote lastFailure;
  private volatile FailureNote retrying;
  private boolean deadLettersMeasured;

  @Autowired
  public ProjectionStatus(MeterRegistry meters) {
    this(meters, Clock.systemUTC());
  }

  ProjectionStatus(MeterRegistry meters, Clock clock) {
    this.meters = meters;
    this.clock = clock;
    Gauge.builder("inovik.projection.dead.letters", this, ProjectionStatus::deadLetters)
        .description("Records in the dead-letter topic not acknowledged yet")
        .register(meters);
    Gauge.builder("inovik.projection.lag.events", lagEvents, l -> Math.max(0, l.get()))
        .description("Records on the topic the projection has not consumed yet")
        .register(meters);
    Gauge.builder("inovik.projection.lag.seconds", this, ProjectionStatus::lagSeconds)
        .description("Age of the last applied event while records are waiting, else 0")
        .baseUnit("seconds")
        .register(meters);
  }

  /**
   * Counts applied events and repairs and notes the newest store timestamp; clears a pending retry.
   */
  public void applied(ProjectionWriter.BatchOutcome outcome) {
    for (DecodedEvent event : outcome.applied()) {
      Counter.builder("inovik.projection.events.applied")
          .description("Events applied to the innovations index")
          .tag("type", event.type())
          .register(meters)
          .increment();
    }
    repaired(outcome.repairs());
    Instant newest = outcome.newestApplied();
    if (newest != null && (lastAppliedEventAt == null || newest.isAfter(lastAppliedEventAt))) {
      lastAppliedEventAt = newest;
    }
    retrying = null;
  }

  /** Innovations rebuilt from their history in the command service. */
  public void repaired(List<ProjectionWriter.Repair> done) {
    for (ProjectionWriter.Repair repair : done) {
      Counter.builder("inovik.projection.repairs")
          .description(
              "Innovations rebuilt from their history in the command service because the topic"
                  + " lacked some of their events")
          .tag("reason", repair.trigger().tag())
          .register(meters)
          .increment();
      repairs.incrementAndGet();
    }
  }

  /**
   * A record went to the dead-letter topic: the projection reports DOWN until it is acknowledged.
   *
   * @param partition the dead-letter topic's partition it went to
   * @param offset its offset there
   */
  public void deadLettered(ProjectionFailure failure, int partition, long offset) {
    Counter.builder("inovik.projection.failures")
        .description("Records the projection could not apply (sent to the dead-letter topic)")
        .tag("reason", failure.reason().tag())
        .register(meters)
        .increment();
    synchronized (this) {
      deadLetterEnds.merge(partition, offset + 1, Math::max);
    }
    lastFailure =
        new FailureNote(
            failure.reason().tag() + ": " + failure.message(),
            failure.source().toString(),
            clock.instant());
  }

  /**
   * The dead-letter topic as measured: end offsets and acknowledged offsets per partition. Offsets
   * only move forward, so a measurement that started before a send or an acknowledgement does not
   * undo it.
   */
  public synchronized void deadLetterOffsets(
      Map<Integer, Long> ends, Map<Integer, Long> acknowledged) {
    ends.forEach((p, o) -> deadLetterEnds.merge(p, o, Math::max));
    acknowledged.forEach((p, o) -> deadLettersAcknowledged.merge(p, o, Math::max));
    deadLettersMeasured = true;
  }

  /**
   * The operator acknowledged everything up to {@code ends} (already committed for the acknowledged
   * group); health reports UP again unless more arrived since.
   *
   * @return how many dead letters this acknowledged
   */
  public long acknowledged(Map<Integer, Long> ends) {
    long count;
    synchronized (this) {
      ends.forEach((p, o) -> deadLetterEnds.merge(p, o, Math::max));
      long before = deadLetters();
      ends.forEach((p, o) -> deadLettersAcknowledged.merge(p, o, Math::max));
      count = Math.max(0, before - deadLetters());
    }
    lastFailure = null;
    return count;
  }

  /** Notes the newest dead letter when it is only known from the topic (after a restart). */
  public void lastDeadLetter(FailureNote note) {
    if (lastFailure == null) {
      lastFailure = note;
    }
  }

  /** A batch failed for a reason that may pass (Elasticsearch or Kafka unavailable). */
  public void retrying(Exception e) {
    FailureNote previous = retrying;
    retrying =
        new FailureNote(e.toString(), null, previous == null ? clock.instant() : previous.at());
  }

  public void lagEvents(long lag) {
    lagEvents.set(lag);
  }

  /** Records in the dead-letter topic past the acknowledged offsets. */
  public synchronized long deadLetters() {
    long count = 0;
    for (Map.Entry<Integer, Long> end : deadLetterEnds.entrySet()) {
      long acknowledged = deadLettersAcknowledged.getOrDefault(end.getKey(), 0L);
      count += Math.max(0, end.getValue() - acknowledged);
    }
    return count;
  }

  /** Whether the dead-letter topic has been measured since start-up (else only sends count). */
  public synchronized boolean deadLettersMeasured() {
    return deadLettersMeasured;
  }

  /** Innovations rebuilt from their history since start-up. */
  public long repairs() {
    return repairs.get();
  }

  /** Records waiting, or -1 before the first measurement. */
  public long lagEvents() {
    return lagEvents.get();
  }

  public Instant lastAppliedEventAt() {
    return lastAppliedEventAt;
  }

  public FailureNote lastFailure() {
    return lastFailure;
  }

  public FailureNote retryingSince() {
    return retrying;
  }

  double lagSeconds() {
    Instant last = lastAppliedEventAt;
    if (lagEvents.get() <= 0 || last == null) {
      return 0;
    }
    return Math.max(0, Duration.between(last, clock.instant()).toMillis() / 1000.0);
  }

  /**
   * @param record the topic-partition@offset concerned, or null
   * @param at when it happened (for a retry: since when)
   */
  public record FailureNote(String error, String record, Instant at) {}
}
