package id.inovik.query.standings;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code standings}: DOWN while records the live standings could not apply are
 * unacknowledged ({@link StandingsFailures}); details name how many and the last one.
 */
@Component("standings")
class StandingsHealthIndicator extends AbstractHealthIndicator {

  private final StandingsFailures failures;

  StandingsHealthIndicator(StandingsFailures failures) {
    this.failures = failures;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    long unapplied = failures.unacknowledged();
    if (unapplied > 0) {
      builder.down();
    } else {
      builder.up();
    }
    builder.withDetail("unapplied", unapplied);
    var recent = failures.recent();
    if (!recent.isEmpty()) {
      var last = recent.getLast();
      builder.withDetail("lastError", last.reason());
      builder.withDetail(
          "lastErrorRecord", last.topic() + "-" + last.partition() + "@" + last.offset());
      builder.withDetail("lastErrorAt", last.at().toString());
    }
  }
}
