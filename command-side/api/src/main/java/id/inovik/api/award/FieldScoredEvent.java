package id.inovik.api.award;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A juror's field-validation score of one entry (0-100). Replaces the same juror's earlier score of
 * the entry; both stay in history.
 */
@Revision("1")
public record FieldScoredEvent(
    String juryId,
    String editionId,
    String jurorId,
    String entryId,
    String regionCode,
    int score,
    Instant scoredAt)
    implements JuryEvent {}
