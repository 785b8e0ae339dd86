package id.inovik.api.award;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A stage of the edition closed, by command or by its deadline. */
@Revision("1")
public record EditionStageClosedEvent(
    String editionId,
    String programme,
    int year,
    AwardStage stage,
    Instant closedAt,
    StageCloseTrigger trigger)
    implements EditionEvent {}
