package id.inovik.api.award;

/**
 * Facts about one region's submission to one edition (aggregate {@code 35.07@IGA-2026}). Published
 * to {@link AwardTopics#AWARD_EVENTS} keyed by region code.
 */
public sealed interface SubmissionEvent
    permits SpdClaimedEvent, InnovationClaimedEvent, ClaimsValidatedEvent, ProposalEnteredEvent {

  String submissionId();

  String editionId();

  String regionCode();
}
