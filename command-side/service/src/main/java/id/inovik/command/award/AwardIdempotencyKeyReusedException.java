package id.inovik.command.award;

/** An idempotency key that created an edition came again with another request. */
public class AwardIdempotencyKeyReusedException extends RuntimeException {

  public AwardIdempotencyKeyReusedException(String key) {
    super("Idempotency-Key '" + key + "' was already used for a different request");
  }
}
