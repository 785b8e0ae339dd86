package id.inovik.api.award;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An edition was set up: its rubric, award categories and the schedule of its stages. No stage is
 * open yet.
 *
 * @param rubricEdition the scoring catalogue's edition year whose IID rubric scores the claims, or
 *     null for a programme scored by a jury only
 * @param schedule one entry per stage of the programme, in the programme's order
 */
@Revision("2")
public record EditionCreatedEvent(
    String editionId,
    String programme,
    int year,
    Integer rubricEdition,
    List<EditionCategory> categories,
    List<StageSchedule> schedule,
    Instant createdAt,
    String idempotencyKey,
    String requestFingerprint)
    implements EditionEvent {}
