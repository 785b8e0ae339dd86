package id.inovik.api.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Publish an edition's results under the decree that fixes them (a Kepmendagri for the IGA), with
 * every category's final standings as computed now (by category code; empty for a programme without
 * a rubric) and its nominees' jury results. Winners and nominees come from the edition.
 */
public record PublishResultsCommand(
    @TargetAggregateIdentifier String editionId,
    @TargetAggregateVersion Long expectedVersion,
    String decreeNumber,
    LocalDate decreeDate,
    Map<String, RecordedRanking> standings,
    String juryMethod,
    Map<String, List<JuryStanding>> jury) {}
