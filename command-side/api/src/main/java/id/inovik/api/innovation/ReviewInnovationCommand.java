package id.inovik.api.innovation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record the regional R\&amp;D team's feasibility review.
 *
 * @param expectedVersion the version the caller last saw, or null to skip the optimistic check
 */
public record ReviewInnovationCommand(
    @TargetAggregateIdentifier String innovationId,
    @TargetAggregateVersion Long expectedVersion,
    boolean feasible,
    String reason,
    LocalDate reviewedOn) {}
