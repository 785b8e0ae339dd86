package id.inovik.api.award;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Declare the nominees of one category (region codes, in any order). */
public record DeclareNomineesCommand(
    @TargetAggregateIdentifier String editionId,
    @TargetAggregateVersion Long expectedVersion,
    String category,
    List<String> regionCodes) {}
