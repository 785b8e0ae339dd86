package id.inovik.command.web;

import id.inovik.api.innovation.ConfirmInnovationProposalCommand;
import id.inovik.api.innovation.EstablishInnovationCommand;
import id.inovik.api.innovation.ImplementInnovationCommand;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.ProposeInnovationCommand;
import id.inovik.api.innovation.ResumeInnovationCommand;
import id.inovik.api.innovation.ReviewInnovationCommand;
import id.inovik.api.innovation.StartInnovationTrialCommand;
import id.inovik.api.innovation.StopInnovationCommand;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.dispatch.CommandDispatcher;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.InvalidInnovationException;
import id.inovik.command.innovation.PatchInnovationProfileCommand;
import id.inovik.command.innovation.ProposalIdentity;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command REST API for innovations. Every answer carries the innovation's version (also as an
 * ETag); clients send it back in {@code If-Match} (or {@code expectedVersion}) to get 409 instead
 * of overwriting a change they have not seen.
 */
@RestController
@RequestMapping("/api/innovations")
class InnovationCommandController {

  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

  private final CommandDispatcher dispatcher;
  private final JsonMapper json;
  private final RegionCatalog regions;

  InnovationCommandController(
      CommandDispatcher dispatcher, JsonMapper json, RegionCatalog regions) {
    this.dispatcher = dispatcher;
    this.json = json;
    this.regions = regions;
  }

  /**
   * Proposes an innovation. With an {@code Idempotency-Key}, the innovation's id is derived from
   * the key: the same request sent again answers 200 with the same innovation instead of creating a
   * second one; the same key with a different body answers 422.
   */
  @PostMapping
  ResponseEntity<CommandResult> propose(
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody ProfileRequest request) {
    if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      throw new InvalidInnovationException(
          List.of(
              new FieldViolation(
                  "Idempotency-Key", "must be 1-200 visible ASCII characters without spaces")));
    }
    InnovationProfile profile = request.toProfile(regions);
    String id =
        idempotencyKey == null
            ? UUID.randomUUID().toString()
            : ProposalIdentity.innovationId(idempotencyKey);
    String fingerprint = ProposalIdentity.fingerprint(json, profile);
    try {
      dispatcher.send(new ProposeInnovationCommand(id, profile, idempotencyKey, fingerprint));
    } catch (AggregateStreamCreationException alreadyStored) {
      if (idempotencyKey == null) {
        throw alreadyStored;
      }
      long version =
          dispatcher.send(new ConfirmInnovationProposalCommand(id, idempotencyKey, fingerprint));
      return ok(id, version);
    }
    CommandResult result = new CommandResult(id, 0);
    ResponseEntity.BodyBuilder response =
        ResponseEntity.created(URI.create("/api/innovations/" + id));
    return response.eTag(etag(result.version())).body(result);
  }

  @PostMapping("/{id}/review")
  ResponseEntity<CommandResult> review(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody LifecycleRequests.Review body) {
    if (body.feasible() == null) {
      throw new InvalidInnovationException(
          List.of(
              new FieldViolation("feasible", "is required (true = layak, false = tidak layak)")));
    }
    Long expected = expectedVersion(ifMatch, body.expectedVersion());
    return ok(
        id,
        dispatcher.send(
            new ReviewInnovationCommand(
                id, expected, body.feasible(), body.reason(), body.reviewedOn())));
  }

  @PostMapping("/{id}/establish")
  ResponseEntity<CommandResult> establish(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody LifecycleRequests.Establish body) {
    Long expected = expectedVersion(ifMatch, body.expectedVersion());
    return ok(
        id,
        dispatcher.send(
            new EstablishInnovationCommand(id, expected, body.decreeNumber(), body.decreeDate())));
  }

  @PostMapping("/{id}/trial")
  ResponseEntity<CommandResult> trial(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody LifecycleRequests.Trial body) {
    Long expected = expectedVersion(ifMatch, body.expectedVersion());
    return ok(id, dispatcher.send(new StartInnovationTrialCommand(id, expected, body.startedOn())));
  }

  @PostMapping("/{id}/implementation")
  ResponseEntity<CommandResult> implement(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody LifecycleRequests.Implementation body) {
    Long expected = expectedVersion(ifMatch, body.expectedVersion());
    return ok(
        id, dispatcher.send(new ImplementInnovationCommand(id, expected, body.implementedOn())));
  }

  @PostMapping("/{id}/stop")
  ResponseEntity<CommandResult> stop(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody LifecycleRequests.Stop body) {
    Long expected = expectedVersion(ifMatch, body.expectedVersion());
    return ok(
        id,
        dispatcher.send(new StopInnovationCommand(id, expected, body.stoppedOn(), body.reason())));
  }

  @PostMapping("/{id}/resume")
  ResponseEntity<CommandResult> resume(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody LifecycleRequests.Resume body) {
    Long expected = expectedVersion(ifMatch, body.expectedVersion());
    return ok(id, dispatcher.send(new ResumeInnovationCommand(id, expected, body.resumedOn())));
  }

  /**
   * Revises profile fields with JSON Merge Patch semantics (RFC 7396): fields present replace the
   * current value, {@code null} clears an optional field, absent fields stay.
   */
  @PatchMapping(
      path = "/{id}",
      consumes = {"application/merge-patch+json", "application/json"})
  ResponseEntity<CommandResult> revise(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody JsonNode patch) {
    if (!patch.isObject()) {
      throw new InvalidInnovationException(
          List.of(new FieldViolation("body", "must be a JSON object of profile fields")));
    }
    ObjectNode fields = ((ObjectNode) patch).deepCopy();
    JsonNode expectedInBody = fields.remove("expectedVersion");
    Long expected =
        expectedVersion(
            ifMatch,
            expectedInBody == null || expectedInBody.isNull() ? null : expectedInBody.asLong());
    long version =
        dispatcher.send(
            // counted as the revision it is, as before the merge moved into the aggregate's load
            "ReviseInnovationProfileCommand",
            new PatchInnovationProfileCommand(id, expected, current -> merge(current, fields)));
    return ok(id, version);
  }

  /** {@code fields} merged onto {@code current} as RFC 7396 says, read back as a profile body. */
  private InnovationProfile merge(InnovationProfile current, ObjectNode fields) {
    ObjectNode merged = json.valueToTree(ProfileRequest.of(current));
    mergePatch(merged, fields);
    return json.treeToValue(merged, ProfileRequest.class).toProfile(regions);
  }

  private static void mergePatch(ObjectNode target, ObjectNode patch) {
    for (String field : patch.propertyNames()) {
      JsonNode value = patch.get(field);
      JsonNode existing = target.get(field);
      if (value.isObject() && existing != null && existing.isObject()) {
        mergePatch((ObjectNode) existing, (ObjectNode) value);
      } else {
        target.set(field, value);
      }
    }
  }

  private static ResponseEntity<CommandResult> ok(String id, long version) {
    return ResponseEntity.ok().eTag(etag(version)).body(new CommandResult(id, version));
  }

  private static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** The expected version from {@code If-Match: "3"} (or W/"3"), else from the body. */
  static Long expectedVersion(String ifMatch, Long fromBody) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return fromBody;
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
      throw new InvalidInnovationException(
          List.of(new FieldViolation("If-Match", "must be the version as an ETag, e.g. \"3\"")));
    }
  }
}
