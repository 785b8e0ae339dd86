package id.inovik.query.innovation.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 *   <li>{@code inovik.projection.dead.letters} (gauge): dead letters since the last reset
 *   <li>{@code inovik.projection.lag.events} (gauge): records on the topic not yet consumed
 *   <li>{@code inovik.projection.lag.seconds} (gauge): while records are waiting, the age of the
 *       last applied event; 0 when caught up
 * </ul>
 */
@Component
public class ProjectionStatus {

  private final MeterRegistry meters;
  private final Clock clock;
  private final AtomicLong deadLetters = new AtomicLong();
  private final AtomicLong lagEvents = new AtomicLong(-1);
  private volatile Instant lastAppliedEventAt;
  private volatile FailureNote lastFailure;
  private volatile FailureNote retrying;

  @Autowired
  public ProjectionStatus(MeterRegistry meters) {
    this(meters, Clock.systemUTC());
  }

  ProjectionStatus(MeterRegistry meters, Clock clock) {
    this.meters = meters;
    this.clock = clock;
    Gauge.builder("inovik.projection.dead.letters", deadLetters, AtomicLong::get)
        .description("Records sent to the dead-letter topic since the last reset")
        .register(meters);
    Gauge.builder("inovik.projection.lag.events", lagEvents, l -> Math.max(0, l.get()))
        .description("Records on the topic the projection has not consumed yet")
        .register(meters);
    Gauge.builder("inovik.projection.lag.seconds", this, ProjectionStatus::lagSeconds)
        .description("Age of the last applied event while records are waiting, else 0")
        .baseUnit("seconds")
        .register(meters);
  }

  /** Counts applied events and notes the newest store timestamp; clears a pending retry. */
  public void applied(ProjectionWriter.BatchOutcome outcome) {
    for (DecodedEvent event : outcome.applied()) {
      Counter.builder("inovik.projection.events.applied")
          .description("Events applied to the innovations index")
          .tag("type", event.type())
          .register(meters)
          .increment();
    }
    Instant newest = outcome.newestApplied();
    if (newest != null && (lastAppliedEventAt == null || newest.isAfter(lastAppliedEventAt))) {
      lastAppliedEventAt = newest;
    }
    retrying = null;
  }

  /** A record went to the dead-letter topic: the projection reports DOWN until {@link #reset}. */
  public void deadLettered(ProjectionFailure failure) {
    Counter.builder("inovik.projection.failures")
        .description("Records the projection could not apply (sent to the dead-letter topic)")
        .tag("reason", failure.reason().tag())
        .register(meters)
        .increment();
    deadLetters.incrementAndGet();
    lastFailure =
        new FailureNote(
            failure.reason().tag() + ": " + failure.message(),
            failure.source().toString(),
            clock.instant());
  }

  /** A batch failed for a reason that may pass (Elasticsearch or Kafka unavailable). */
  public void retrying(Exception e) {
    FailureNote previous = retrying;
    retrying =
        new FailureNote(e.toString(), null, previous == null ? clock.instant() : previous.at());
  }

  /** Acknowledges the dead letters (after an operator looked at them); returns how many. */
  public long reset() {
    lastFailure = null;
    return deadLetters.getAndSet(0);
  }

  public void lagEvents(long lag) {
    lagEvents.set(lag);
  }

  public long deadLetters() {
    return deadLetters.get();
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
