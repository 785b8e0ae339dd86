package id.inovik.api.award;

import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A juror's scores of one entry on every criterion of the edition's jury rubric (0-100 each).
 * Replaces the same juror's earlier scores of the entry in the same stage; both stay in history.
 *
 * @param stage the stage the scores belong to: {@code PRESENTASI}, or for a jury-only programme
 *     also {@code EVALUASI_PROPOSAL} (each stage is its own score set)
 * @param scores by criterion code, e.g. {@code kebaruan -> 80}
 */
@Revision("1")
public record PresentationScoredEvent(
    String juryId,
    String editionId,
    String jurorId,
    String entryId,
    String regionCode,
    AwardStage stage,
    Map<String, Integer> scores,
    Instant scoredAt)
    implements JuryEvent {}
