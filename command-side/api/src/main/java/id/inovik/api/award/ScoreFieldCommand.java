package id.inovik.api.award;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A juror's field-validation score of an entry (0-100). */
public record ScoreFieldCommand(
    @TargetAggregateIdentifier String juryId,
    @TargetAggregateVersion Long expectedVersion,
    String jurorId,
    String entryId,
    Integer score) {}
