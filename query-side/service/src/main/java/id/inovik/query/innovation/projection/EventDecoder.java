package id.inovik.query.innovation.projection;

import id.inovik.api.innovation.InnovationEvent;
import id.inovik.api.messaging.PublishedEvent;
import id.inovik.query.innovation.projection.ProjectionFailure.Reason;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Kafka envelope ({@link PublishedEvent}) and its payload. Unknown JSON properties are
 * ignored: events evolve by adding fields, and an older reader must keep working.
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
    PublishedEvent envelope;
    try {
      envelope = json.readValue(source.value(), PublishedEvent.class);
    } catch (JacksonException e) {
      throw new RejectedEventException(
          Reason.UNPARSEABLE, "envelope is not a PublishedEvent: " + e.getOriginalMessage(), e);
    }
    return decode(envelope, source);
  }

  /**
   * Reads an envelope that did not come as a record's value (an innovation's history from the
   * command service).
   *
   * @param source where to say the event came from
   * @throws RejectedEventException if it is not an innovation event this service can read
   */
  public DecodedEvent decode(PublishedEvent envelope, SourceRecord source) {
    if (envelope.type() == null
        || envelope.payload() == null
        || envelope.aggregateId() == null
        || envelope.timestamp() == null) {
      throw new RejectedEventException(
          Reason.UNPARSEABLE, "envelope lacks type, aggregateId, timestamp or payload");
    }
    Class<?> type = TYPES.get(envelope.type());
    if (type == null) {
      throw new RejectedEventException(
          Reason.UNKNOWN_TYPE, "unknown event type " + envelope.type());
    }
    InnovationEvent event;
    try {
      event = (InnovationEvent) json.readValue(envelope.payload(), type);
    } catch (JacksonException e) {
      throw new RejectedEventException(
          Reason.UNPARSEABLE,
          envelope.type() + " payload cannot be read: " + e.getOriginalMessage(),
          e);
    }
    if (!envelope.aggregateId().equals(event.innovationId())) {
      throw new RejectedEventException(
          Reason.UNPARSEABLE,
          "payload names innovation "
              + event.innovationId()
              + " but the envelope "
              + envelope.aggregateId());
    }
    return new DecodedEvent(
        envelope.eventId(),
        envelope.type(),
        envelope.aggregateId(),
        envelope.sequence(),
        envelope.timestamp(),
        event,
        source);
  }
}
