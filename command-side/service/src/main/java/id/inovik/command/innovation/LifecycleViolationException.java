package id.inovik.command.innovation;

import id.inovik.api.innovation.InnovationStage;

/**
 * A lifecycle command does not fit the innovation's current stage or status (e.g. implementing an
 * innovation that never went on trial). Maps to 409 Conflict.
 */
public class LifecycleViolationException extends RuntimeException {

  private final String code;
  private final InnovationStage stage;

  public LifecycleViolationException(String code, InnovationStage stage, String message) {
    super(message);
    this.code = code;
    this.stage = stage;
  }

  /** Stable machine-readable reason, e.g. {@code stage-order}, {@code stopped}. */
  public String code() {
    return code;
  }

  public InnovationStage stage() {
    return stage;
  }
}
