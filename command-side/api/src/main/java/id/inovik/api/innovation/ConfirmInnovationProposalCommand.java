package id.inovik.api.innovation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks an existing innovation whether it was created by this idempotency key and request: sent when
 * a keyed proposal finds its innovation already stored. Answers the current version, or fails when
 * the key was used for a different request.
 */
public record ConfirmInnovationProposalCommand(
    @TargetAggregateIdentifier String innovationId,
    String idempotencyKey,
    String requestFingerprint) {}
