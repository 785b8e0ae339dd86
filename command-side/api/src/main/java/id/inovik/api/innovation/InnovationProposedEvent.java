package id.inovik.api.innovation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A region proposed an innovation with its full profile.
 *
 * @param idempotencyKey the client-supplied key of the create request, or null
 * @param requestFingerprint digest of the create request, to tell a replay from a key reused for
 *     another request
 */
@Revision("1")
public record InnovationProposedEvent(
    String innovationId,
    String regionCode,
    InnovationProfile profile,
    Instant proposedAt,
    String idempotencyKey,
    String requestFingerprint)
    implements InnovationEvent {}
