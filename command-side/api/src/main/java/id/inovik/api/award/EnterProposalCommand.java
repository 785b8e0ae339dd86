package id.inovik.api.award;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enter one registered innovation of the region as a proposal to a jury-only edition, during its
 * collection stage. Entering it again writes nothing.
 *
 * @param expectedVersion compared by the handler (the command may create the submission)
 */
public record EnterProposalCommand(
    @TargetAggregateIdentifier String submissionId,
    Long expectedVersion,
    String editionId,
    String regionCode,
    String innovationId) {}
