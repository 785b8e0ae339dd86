package id.inovik.api.award;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Claim SID rows for one registered innovation of the region; rows not named keep their claim.
 *
 * @param expectedVersion the version the caller last saw, or null; compared by the handler, since a
 *     claim may create the submission and Axon does not check a target version when it loads or
 *     creates an aggregate
 */
public record ClaimInnovationCommand(
    @TargetAggregateIdentifier String submissionId,
    Long expectedVersion,
    String editionId,
    String regionCode,
    String innovationId,
    List<IndicatorClaim> claims) {}
