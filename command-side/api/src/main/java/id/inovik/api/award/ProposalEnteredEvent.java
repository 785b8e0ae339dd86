package id.inovik.api.award;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The region entered one of its registered innovations as a proposal to a jury-only edition (KIPP):
 * it becomes an entry that jurors are assigned to and score.
 */
@Revision("1")
public record ProposalEnteredEvent(
    String submissionId,
    String editionId,
    String regionCode,
    String innovationId,
    Instant enteredAt)
    implements SubmissionEvent {}
