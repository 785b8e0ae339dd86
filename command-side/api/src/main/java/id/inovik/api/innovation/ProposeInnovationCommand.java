package id.inovik.api.innovation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Propose a new innovation with its full profile.
 *
 * @param innovationId identifier chosen by the caller (derived from the idempotency key when one is
 *     given)
 * @param idempotencyKey client-supplied key, or null
 * @param requestFingerprint digest of the request body, to detect a key reused for another request
 */
public record ProposeInnovationCommand(
    @TargetAggregateIdentifier String innovationId,
    InnovationProfile profile,
    String idempotencyKey,
    String requestFingerprint) {}
