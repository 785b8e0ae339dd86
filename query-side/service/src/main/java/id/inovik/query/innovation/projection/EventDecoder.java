package id.inovik.query.innovation.projection;

import id.inovik.api.innovation.InnovationEvent;
import id.inovik.api.messaging.PublishedEvent;
import id.inovik.query.innovation.projection.ProjectionFailure.Reason;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Kafka envelope ({@link PublishedEvent}) and its payload in one parse: version 2 carries
 * the payload as a JSON object, version 1 (still on the topic from before) as a JSON string, which
 * is parsed once more. Unknown JSON properties are ignored: events evolve by adding fields, and an
 * older reader must keep working.
 */
public final class EventDecoder {

  private static final Map<String, Class<?>> TYPES =
      Arrays.stream(InnovationEvent.class.getPermittedSubclasses())
          .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /**
   * @throws RejectedEventException if the record is not an innovation event this service can read
   */
  public DecodedEvent decode(SourceRecord source) {
    if (source.value() == null) {
      throw new RejectedEventException(Reason.UNPARSEABLE, "record has no value");
    }
    JsonNode envelope;
    try {
      envelope = json.readTree(source.value());
    } catch (JacksonException e) {
      throw new RejectedEventException(
          Reason.UNPARSEABLE, "envelope is not JSON: " + e.getOriginalMessage(), e);
    }
    return decode(envelope, source);
  }

  /** Decodes an envelope already read as JSON (a record value, or one entry of a history). */
  public DecodedEvent decode(JsonNode envelope, SourceRecord source) {
    if (envelope == null || !envelope.isObject()) {
      throw new RejectedEventException(Reason.UNPARSEABLE, "envelope is not a JSON object");
    }
    int version = envelope.path("envelope").asInt(1);
    if (version > PublishedEvent.CURRENT_VERSION) {
      throw new RejectedEventException(
          Reason.UNKNOWN_TYPE, "envelope version " + version + " is newer than this reader");
    }
    String typeName = text(envelope, "type");
    String aggregateId = text(envelope, "aggregateId");
    String timestamp = text(envelope, "timestamp");
    JsonNode payload = envelope.get("payload");
    if (typeName == null
        || aggregateId == null
        || timestamp == null
        || payload == null
        || payload.isNull()) {
      throw new RejectedEventException(
          Reason.UNPARSEABLE, "envelope lacks type, aggregateId, timestamp or payload");
    }
    Class<?> type = TYPES.get(typeName);
    if (type == null) {
      throw new RejectedEventException(Reason.UNKNOWN_TYPE, "unknown event type " + typeName);
    }
    InnovationEvent event;
    Instant storedAt;
    try {
      storedAt = Instant.parse(timestamp);
      JsonNode body = payload.isString() ? json.readTree(payload.asString()) : payload;
      event = (InnovationEvent) json.treeToValue(body, type);
    } catch (JacksonException e) {
      throw new RejectedEventException(
          Reason.UNPARSEABLE, typeName + " payload cannot be read: " + e.getOriginalMessage(), e);
    } catch (DateTimeParseException e) {
      throw new RejectedEventException(
          Reason.UNPARSEABLE, "envelope timestamp is not an instant: " + timestamp, e);
    }
    if (event == null || !aggregateId.equals(event.innovationId())) {
      throw new RejectedEventException(
          Reason.UNPARSEABLE,
          "payload names innovation "
              + (event == null ? null : event.innovationId())
              + " but the envelope "
              + aggregateId);
    }
    return new DecodedEvent(
        text(envelope, "eventId"),
        typeName,
        aggregateId,
        envelope.path("sequence").asLong(-1),
        storedAt,
        event,
        source);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
