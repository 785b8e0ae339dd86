package id.inovik.api.award;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Declare the nominees of one category (region codes, in any order), with the category's ranking
 * they were taken from (null for a programme without a rubric). Every nominee must stand in the
 * ranking.
 */
public record DeclareNomineesCommand(
    @TargetAggregateIdentifier String editionId,
    @TargetAggregateVersion Long expectedVersion,
    String category,
    List<String> regionCodes,
    RecordedRanking ranking) {}
