package id.inovik.command.award;

import id.inovik.command.dispatch.CommandRefusal;

/** An idempotency key that created an edition came again with another request. */
public class AwardIdempotencyKeyReusedException extends RuntimeException implements CommandRefusal {

  public AwardIdempotencyKeyReusedException(String key) {
    super("Idempotency-Key '" + key + "' was already used for a different request");
  }

  @Override
  public String outcome() {
    return "rejected_idempotency";
  }
}
