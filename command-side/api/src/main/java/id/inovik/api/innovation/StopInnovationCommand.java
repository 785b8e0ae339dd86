package id.inovik.api.innovation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Stop a running innovation.
 *
 * @param expectedVersion the version the caller last saw, or null to skip the optimistic check
 */
public record StopInnovationCommand(
    @TargetAggregateIdentifier String innovationId,
    @TargetAggregateVersion Long expectedVersion,
    LocalDate stoppedOn,
    String reason) {}
