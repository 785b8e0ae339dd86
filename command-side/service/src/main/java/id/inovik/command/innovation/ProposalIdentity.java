package id.inovik.command.innovation;

import id.inovik.api.innovation.InnovationProfile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a keyed proposal gets its identity: the innovation id is a name-based UUID of the idempotency
 * key, and the request fingerprint is the SHA-256 of the profile as JSON. Shared by the REST API
 * and the spreadsheet import, so both recognise each other's replays.
 */
public final class ProposalIdentity {

  private ProposalIdentity() {}

  public static String innovationId(String idempotencyKey) {
    return UUID.nameUUIDFromBytes(
            ("inovik:innovation:" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  public static String fingerprint(JsonMapper json, InnovationProfile profile) {
    return sha256(json.writeValueAsBytes(profile));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
