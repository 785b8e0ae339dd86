package id.inovik.api.award;

/**
 * Facts about one award edition (programme and year). Published to {@link AwardTopics#AWARD_EVENTS}
 * keyed by the edition id.
 */
public sealed interface EditionEvent
    permits EditionCreatedEvent,
        EditionStageOpenedEvent,
        EditionStageClosedEvent,
        EditionStageRescheduledEvent,
        AwardNomineesDeclaredEvent,
        AwardWinnersDeclaredEvent,
        EditionResultsPublishedEvent {

  /** e.g. {@code IGA-2026} */
  String editionId();

  String programme();

  int year();
}
