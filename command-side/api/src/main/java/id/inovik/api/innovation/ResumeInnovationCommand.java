package id.inovik.api.innovation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Resume a stopped innovation.
 *
 * @param expectedVersion the version the caller last saw, or null to skip the optimistic check
 */
public record ResumeInnovationCommand(
    @TargetAggregateIdentifier String innovationId,
    @TargetAggregateVersion Long expectedVersion,
    LocalDate resumedOn) {}
