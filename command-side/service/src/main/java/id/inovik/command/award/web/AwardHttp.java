package id.inovik.command.award.web;

import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.web.CommandResult;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;

/** Small HTTP helpers shared by the award controllers. */
final class AwardHttp {

  static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

  private AwardHttp() {}

  static ResponseEntity<CommandResult> ok(String id, long version) {
    return ResponseEntity.ok().eTag(etag(version)).body(new CommandResult(id, version));
  }

  static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** The expected version from {@code If-Match: "3"} (or {@code W/"3"}); null without one. */
  static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      long version = Long.parseLong(tag);
      if (version < 0) {
        throw new NumberFormatException();
      }
      return version;
    } catch (NumberFormatException e) {
      throw new InvalidAwardInputException(
          List.of(new FieldViolation("If-Match", "must be the version as an ETag, e.g. \"3\"")));
    }
  }

  static void checkIdempotencyKey(String key) {
    if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
      throw new InvalidAwardInputException(
          List.of(
              new FieldViolation(
                  "Idempotency-Key", "must be 1-200 visible ASCII characters without spaces")));
    }
  }
}
