package id.inovik.command.award;

import id.inovik.api.award.StageSchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * When a scheduled stage closes by itself.
 *
 * <p>On the calendar a stage closes when its last day has ended everywhere in Indonesia: at
 * midnight after {@code closesOn} in WIB (UTC+7), the westernmost zone, so no region loses part of
 * its last day. Compressed (tests, the demo), each day of the stage lasts {@code dayLength} from
 * the moment it opened.
 */
public final class ScheduleClock {

  /** Western Indonesian Time, where the day ends last. */
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final Duration dayLength;

  public ScheduleClock(Duration dayLength) {
    this.dayLength = dayLength;
  }

  /** The calendar clock. */
  public static ScheduleClock calendar() {
    return new ScheduleClock(Duration.ofDays(1));
  }

  /** A clock on which one schedule day lasts {@code dayLength}. */
  public static ScheduleClock compressed(Duration dayLength) {
    return new ScheduleClock(dayLength);
  }

  public boolean isCalendar() {
    return dayLength.equals(Duration.ofDays(1));
  }

  /** When the stage scheduled as {@code schedule}, opened at {@code openedAt}, closes. */
  public Instant closesAt(StageSchedule schedule, Instant openedAt) {
    if (isCalendar()) {
      return schedule.closesOn().plusDays(1).atStartOfDay(WIB).toInstant();
    }
    long days = ChronoUnit.DAYS.between(schedule.opensOn(), schedule.closesOn()) + 1;
    return openedAt.plus(dayLength.multipliedBy(Math.max(1, days)));
  }
}
