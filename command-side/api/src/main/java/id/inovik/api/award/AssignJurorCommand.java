package id.inovik.api.award;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Assign a registered juror to an entry (a nominee's region code, or a proposal's innovation). */
public record AssignJurorCommand(
    @TargetAggregateIdentifier String juryId,
    @TargetAggregateVersion Long expectedVersion,
    String jurorId,
    String entryId) {}
