package id.inovik.api.award;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The region claimed (or changed) SPD rows. Only the rows that changed are listed; the time is the
 * submission time used as a tie-break (the latest claim of a submission).
 */
@Revision("1")
public record SpdClaimedEvent(
    String submissionId,
    String editionId,
    String regionCode,
    List<IndicatorClaim> claims,
    Instant claimedAt)
    implements SubmissionEvent {}
