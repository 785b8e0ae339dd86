package id.inovik.query.standings;

import id.inovik.api.award.EditionEvent;
import id.inovik.api.award.SubmissionEvent;
import id.inovik.api.innovation.InnovationProfileRevisedEvent;
import id.inovik.api.innovation.InnovationProposedEvent;
import id.inovik.api.messaging.PublishedEvent;
import id.inovik.api.region.RegionDesignationChangedEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the envelopes (version 1 and 2, ADR 0010) of the three topics the standings follow and
 * keeps only the events that move a score: submission and edition events, region designation
 * changes, and the innovation events that carry a profile (name and affairs). Everything else on
 * those topics (jury events, lifecycle events) is skipped as irrelevant, not as an error.
 */
public final class AwardRecordDecoder {

  private static final Map<String, Class<?>> TYPES = new HashMap<>();

  static {
    Stream.concat(
            Arrays.stream(SubmissionEvent.class.getPermittedSubclasses()),
            Arrays.stream(EditionEvent.class.getPermittedSubclasses()))
        .forEach(c -> TYPES.put(c.getSimpleName(), c));
    for (Class<?> c :
        List.of(
            RegionDesignationChangedEvent.class,
            InnovationProposedEvent.class,
            InnovationProfileRevisedEvent.class)) {
      TYPES.put(c.getSimpleName(), c);
    }
  }

  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /**
   * The record's event, empty when its type does not concern the standings.
   *
   * @throws IllegalArgumentException when the record cannot be read at all
   */
  public Optional<AwardRecord> decode(String value) {
    if (value == null) {
      throw new IllegalArgumentException("record has no value");
    }
    JsonNode envelope;
    try {
      envelope = json.readTree(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("envelope is not JSON: " + e.getOriginalMessage(), e);
    }
    if (envelope == null || !envelope.isObject()) {
      throw new IllegalArgumentException("envelope is not a JSON object");
    }
    if (envelope.path("envelope").asInt(1) > PublishedEvent.CURRENT_VERSION) {
      throw new IllegalArgumentException("envelope version is newer than this reader");
    }
    String type = envelope.path("type").asString(null);
    Class<?> target = type == null ? null : TYPES.get(type);
    if (target == null) {
      return Optional.empty();
    }
    JsonNode payload = envelope.get("payload");
    String eventId = envelope.path("eventId").asString(null);
    String timestamp = envelope.path("timestamp").asString(null);
    if (payload == null || payload.isNull() || eventId == null || timestamp == null) {
      throw new IllegalArgumentException(type + " envelope lacks eventId, timestamp or payload");
    }
    try {
      JsonNode body = payload.isString() ? json.readTree(payload.asString()) : payload;
      return Optional.of(
          new AwardRecord(eventId, type, Instant.parse(timestamp), json.treeToValue(body, target)));
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          type + " payload cannot be read: " + e.getOriginalMessage(), e);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("timestamp is not an instant: " + timestamp, e);
    }
  }
}
