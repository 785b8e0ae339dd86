package id.inovik.api.award;

/**
 * Facts about the jury of one edition (aggregate {@code IGA-2026/jury}): jurors, their assignments,
 * their scores, refused conflicts of interest and a jury-only programme's shortlists. Published to
 * {@link AwardTopics#AWARD_EVENTS} keyed by the edition id, like the edition's own events, so that
 * one edition's jury stays in order.
 */
public sealed interface JuryEvent
    permits JurorRegisteredEvent,
        JurorAssignedEvent,
        JuryConflictRefusedEvent,
        PresentationScoredEvent,
        FieldScoredEvent,
        ShortlistDecidedEvent {

  /** e.g. {@code IGA-2026/jury} */
  String juryId();

  /** e.g. {@code IGA-2026} */
  String editionId();
}
