package id.inovik.query.standings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The records the live standings could not apply: a record that does not decode, or an event that a
 * submission's stream cannot hold (a decision on a row never claimed). The standings go on without
 * them, so they are never silent: each is logged at ERROR, counted ({@code
 * inovik_standings_unapplied_total}), shown by the health component {@code standings} (DOWN while
 * any is unacknowledged) and listed by {@code GET /api/admin/standings/failures}. The ledger is
 * rebuilt from the topics at every start, so a bad record is found again after a restart until it
 * is acknowledged again ({@code DELETE} on the same path) or corrected upstream.
 */
@Component
public class StandingsFailures {

  /** One record not applied, where it sits and why. */
  public record Failure(
      String topic, int partition, long offset, String eventId, String reason, Instant at) {}

  private static final int KEPT = 200;

  private final Deque<Failure> recent = new ArrayDeque<>();
  private final Counter counter;
  private long total;
  private long acknowledged;

  StandingsFailures(MeterRegistry meters) {
    this.counter =
        Counter.builder("inovik.standings.unapplied")
            .description("records the live standings could not apply")
            .register(meters);
  }

  synchronized void record(Failure failure) {
    recent.addLast(failure);
    if (recent.size() > KEPT) {
      recent.removeFirst();
    }
    total++;
    counter.increment();
  }

  /** Failures not acknowledged yet. */
  public synchronized long unacknowledged() {
    return total - acknowledged;
  }

  /** The most recent failures (at most 200), oldest first. */
  public synchronized List<Failure> recent() {
    return List.copyOf(recent);
  }

  /** Acknowledges every failure recorded so far; returns how many. */
  public synchronized long acknowledge() {
    long now = total - acknowledged;
    acknowledged = total;
    recent.clear();
    return now;
  }
}
