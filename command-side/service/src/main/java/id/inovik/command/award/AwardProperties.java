package id.inovik.command.award;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the award cycle.
 *
 * @param dayLength how long one day of an edition's schedule lasts: {@code P1D} (the default) runs
 *     the schedule on the calendar; anything shorter compresses it, for tests and the demo (with
 *     {@code PT1M} a 65-day collection stage closes 65 minutes after it opened)
 * @param deadlinePollInterval how often the deadline scheduler looks for due deadlines; a deadline
 *     fires at most this long after it is due
 */
@ConfigurationProperties(prefix = "inovik.award")
public record AwardProperties(Duration dayLength, Duration deadlinePollInterval) {

  public AwardProperties {
    dayLength = dayLength == null ? Duration.ofDays(1) : dayLength;
    deadlinePollInterval =
        deadlinePollInterval == null ? Duration.ofSeconds(10) : deadlinePollInterval;
    if (dayLength.isNegative() || dayLength.isZero()) {
      throw new IllegalArgumentException("inovik.award.day-length must be positive");
    }
  }

  /** True when the schedule runs on the calendar rather than compressed. */
  public boolean calendar() {
    return dayLength.equals(Duration.ofDays(1));
  }
}
