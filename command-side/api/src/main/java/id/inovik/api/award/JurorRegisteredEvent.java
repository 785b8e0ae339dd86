package id.inovik.api.award;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A juror joined the edition's jury.
 *
 * @param jurorId chosen by the caller, unique in the edition, e.g. {@code j-bskdn-01}
 * @param provinceCode the juror's home province (two digits), for the conflict-of-interest rule
 * @param idempotencyKey the key the registration was sent with, or null
 * @param requestFingerprint a digest of the registration's request, or null
 */
@Revision("1")
public record JurorRegisteredEvent(
    String juryId,
    String editionId,
    String jurorId,
    String name,
    String provinceCode,
    Instant registeredAt,
    String idempotencyKey,
    String requestFingerprint)
    implements JuryEvent {}
