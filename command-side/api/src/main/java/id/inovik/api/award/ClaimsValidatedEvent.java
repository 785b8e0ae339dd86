package id.inovik.api.award;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A validator decided on claims of the submission. Every decision stays in the history; the quality
 * controller's, when there is one, is the one that counts.
 */
@Revision("1")
public record ClaimsValidatedEvent(
    String submissionId,
    String editionId,
    String regionCode,
    String validator,
    ValidatorRole role,
    List<ValidationDecision> decisions,
    Instant decidedAt)
    implements SubmissionEvent {}
