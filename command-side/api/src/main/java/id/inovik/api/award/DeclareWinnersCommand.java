package id.inovik.api.award;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Declare the winners of one category, first place first; each must be a nominee. */
public record DeclareWinnersCommand(
    @TargetAggregateIdentifier String editionId,
    @TargetAggregateVersion Long expectedVersion,
    String category,
    List<String> regionCodes) {}
