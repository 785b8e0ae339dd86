package id.inovik.api.innovation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replace profile fields. The caller sends the complete revised profile (the REST layer merges a
 * partial update onto the current one); the region cannot change.
 */
public record ReviseInnovationProfileCommand(
    @TargetAggregateIdentifier String innovationId,
    @TargetAggregateVersion Long expectedVersion,
    InnovationProfile profile) {}
