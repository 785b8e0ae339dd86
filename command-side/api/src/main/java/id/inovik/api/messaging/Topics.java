package id.inovik.api.messaging;

/** Default Kafka topic names (both services let configuration override them). */
public final class Topics {

  /** All innovation events, keyed by region code. */
  public static final String INNOVATION_EVENTS = "inovik.innovation-events.v1";

  /** Region designation changes (border, underdeveloped per edition), keyed by region code. */
  public static final String REGION_EVENTS = "inovik.region-events.v1";

  private Topics() {}
}
