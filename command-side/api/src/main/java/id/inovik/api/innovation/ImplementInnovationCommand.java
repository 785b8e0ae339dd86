package id.inovik.api.innovation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record that the innovation is implemented (penerapan).
 *
 * @param expectedVersion the version the caller last saw, or null to skip the optimistic check
 */
public record ImplementInnovationCommand(
    @TargetAggregateIdentifier String innovationId,
    @TargetAggregateVersion Long expectedVersion,
    LocalDate implementedOn) {}
