package id.inovik.api.award;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The region claimed (or changed) SID rows of one of its innovations; only changed rows listed. */
@Revision("1")
public record InnovationClaimedEvent(
    String submissionId,
    String editionId,
    String regionCode,
    String innovationId,
    List<IndicatorClaim> claims,
    Instant claimedAt)
    implements SubmissionEvent {}
