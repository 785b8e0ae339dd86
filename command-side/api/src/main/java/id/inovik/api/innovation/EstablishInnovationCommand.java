package id.inovik.api.innovation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record the regional-head decree that establishes the innovation.
 *
 * @param expectedVersion the version the caller last saw, or null to skip the optimistic check
 */
public record EstablishInnovationCommand(
    @TargetAggregateIdentifier String innovationId,
    @TargetAggregateVersion Long expectedVersion,
    String decreeNumber,
    LocalDate decreeDate) {}
