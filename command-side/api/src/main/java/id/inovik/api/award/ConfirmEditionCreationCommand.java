package id.inovik.api.award;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent when a keyed creation finds its edition already stored: answers the current version when the
 * key and request match, and fails otherwise.
 */
public record ConfirmEditionCreationCommand(
    @TargetAggregateIdentifier String editionId,
    String idempotencyKey,
    String requestFingerprint) {}
