package id.inovik.api.award;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Move a stage's dates, e.g. extend the collection by a week. A stage that has closed keeps its
 * dates; an open stage keeps its opening date. Moving the open collection's closing date moves its
 * deadline.
 *
 * @param reason why, as announced (a circular letter's number, for example); kept in the history
 */
public record RescheduleStageCommand(
    @TargetAggregateIdentifier String editionId,
    @TargetAggregateVersion Long expectedVersion,
    AwardStage stage,
    LocalDate opensOn,
    LocalDate closesOn,
    String reason) {}
