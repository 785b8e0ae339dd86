package id.inovik.api.award;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A stage's dates were moved.
 *
 * @param closesAt the collection's new deadline when the moved stage is the open collection, else
 *     null
 */
@Revision("1")
public record EditionStageRescheduledEvent(
    String editionId,
    String programme,
    int year,
    AwardStage stage,
    LocalDate opensOn,
    LocalDate closesOn,
    Instant closesAt,
    String reason,
    Instant rescheduledAt)
    implements EditionEvent {}
