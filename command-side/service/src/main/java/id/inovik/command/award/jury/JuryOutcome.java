package id.inovik.command.award.jury;

import id.inovik.api.award.JuryConflictRefusedEvent;

/**
 * What a jury command returns: the jury's version after it, the refusal that was recorded when a
 * conflict of interest refused it, and whether an event was written. A refusal is returned rather
 * than thrown, so that the unit of work commits the event that records the attempt; the REST layer
 * answers it with 409.
 */
public record JuryOutcome(long version, JuryConflictRefusedEvent refused, boolean written) {

  /** Nothing refused; {@code written} false: the command repeated what was stored. */
  public static JuryOutcome accepted(long version) {
    return new JuryOutcome(version, null, false);
  }

  public boolean isRefused() {
    return refused != null;
  }
}
