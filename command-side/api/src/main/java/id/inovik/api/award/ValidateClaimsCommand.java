package id.inovik.api.award;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record a validator's decisions on claims of one submission. */
public record ValidateClaimsCommand(
    @TargetAggregateIdentifier String submissionId,
    @TargetAggregateVersion Long expectedVersion,
    String validator,
    ValidatorRole role,
    List<ValidationDecision> decisions) {}
