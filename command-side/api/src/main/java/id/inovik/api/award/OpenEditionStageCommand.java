package id.inovik.api.award;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Open the next stage of the edition; the stage still open before it closes at the same moment.
 *
 * @param expectedVersion the version the caller last saw, or null to skip the check
 */
public record OpenEditionStageCommand(
    @TargetAggregateIdentifier String editionId,
    @TargetAggregateVersion Long expectedVersion,
    AwardStage stage) {}
