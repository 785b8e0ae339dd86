package id.inovik.command.innovation;

/** An idempotency key that created one innovation was sent again with a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

  public IdempotencyKeyReusedException(String key) {
    super("Idempotency-Key '" + key + "' was already used for a different request");
  }
}
