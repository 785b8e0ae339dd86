package id.inovik.api.award;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A stage of the edition opened.
 *
 * @param closesAt when the stage closes by itself (the collection stage's deadline), or null when
 *     it closes only by command
 */
@Revision("1")
public record EditionStageOpenedEvent(
    String editionId,
    String programme,
    int year,
    AwardStage stage,
    Instant openedAt,
    Instant closesAt)
    implements EditionEvent {}
