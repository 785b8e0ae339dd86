package id.inovik.api.award;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A juror's scores of an entry on every criterion of the edition's jury rubric (0-100). */
public record ScorePresentationCommand(
    @TargetAggregateIdentifier String juryId,
    @TargetAggregateVersion Long expectedVersion,
    String jurorId,
    String entryId,
    Map<String, Integer> scores) {}
