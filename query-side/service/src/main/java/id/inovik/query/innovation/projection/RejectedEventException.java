package id.inovik.query.innovation.projection;

import id.inovik.query.innovation.projection.ProjectionFailure.Reason;

/** An event that can never be applied as it is; retrying would not help. */
public class RejectedEventException extends RuntimeException {

  private final Reason reason;

  public RejectedEventException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public RejectedEventException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
