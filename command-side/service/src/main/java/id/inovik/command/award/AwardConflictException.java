package id.inovik.command.award;

import id.inovik.command.dispatch.CommandRefusal;

/**
 * A command that does not fit where the edition stands (a claim after the collection closed, a
 * stage opened out of order). Answered with 409 and a stable {@code code}.
 */
public class AwardConflictException extends RuntimeException implements CommandRefusal {

  private final String code;
  private final String stage;

  public AwardConflictException(String code, String stage, String message) {
    super(message);
    this.code = code;
    this.stage = stage;
  }

  /** e.g. {@code collection-closed}, {@code stage-order}. */
  public String code() {
    return code;
  }

  /** The edition's current stage as a slug (with {@code :open} or {@code :closed}), or null. */
  public String stage() {
    return stage;
  }

  @Override
  public String outcome() {
    return "rejected_lifecycle";
  }
}
