package id.inovik.api.award;

/**
 * The Kafka topic of the award cycle's events (configurable as {@code inovik.topics.award-events}).
 */
public final class AwardTopics {

  /**
   * Edition events keyed by edition id ({@code IGA-2026}); submission events keyed by region code,
   * so one region's claims and decisions stay in order.
   */
  public static final String AWARD_EVENTS = "inovik.award-events.v1";

  private AwardTopics() {}
}
