package id.inovik.api.award;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Close the open stage before its deadline (or one that has no deadline). */
public record CloseEditionStageCommand(
    @TargetAggregateIdentifier String editionId,
    @TargetAggregateVersion Long expectedVersion,
    AwardStage stage) {}
