package id.inovik.query.innovation.projection;

import id.inovik.query.innovation.projection.ProjectionStatus.FailureNote;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code projection}: DOWN while records sit in the dead-letter topic
 * unacknowledged (until {@code DELETE /api/admin/projections/innovations/failures}, also those from
 * before a restart) or while a batch is being retried; details name the last error, the dead-letter
 * topic and how many innovations were rebuilt from their history.
 */
@Component("projection")
class ProjectionHealthIndicator extends AbstractHealthIndicator {

  private final ProjectionStatus status;
  private final RebuildService rebuild;
  private final DeadLetterLedger deadLetters;

  ProjectionHealthIndicator(
      ProjectionStatus status, RebuildService rebuild, DeadLetterLedger deadLetters) {
    this.status = status;
    this.rebuild = rebuild;
    this.deadLetters = deadLetters;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    FailureNote failure = status.lastFailure();
    FailureNote retrying = status.retryingSince();
    long unacknowledged = status.deadLetters();
    if (unacknowledged > 0 || retrying != null) {
      builder.down();
    } else {
      builder.up();
    }
    builder.withDetail("deadLetters", unacknowledged);
    builder.withDetail("deadLetterTopic", deadLetters.topic());
    if (!status.deadLettersMeasured()) {
      builder.withDetail("deadLettersMeasured", false);
    }
    if (failure != null) {
      builder.withDetail("lastError", failure.error());
      builder.withDetail("lastErrorRecord", failure.record());
      builder.withDetail("lastErrorAt", failure.at().toString());
    }
    if (retrying != null) {
      builder.withDetail("retrying", retrying.error());
      builder.withDetail("retryingSince", retrying.at().toString());
    }
    if (status.lagEvents() >= 0) {
      builder.withDetail("lagEvents", status.lagEvents());
    }
    if (status.lastAppliedEventAt() != null) {
      builder.withDetail("lastAppliedEventAt", status.lastAppliedEventAt().toString());
    }
    builder.withDetail("repairs", status.repairs());
    builder.withDetail("rebuild", rebuild.status().state().name());
  }
}
