package id.inovik.command.publish;

import id.inovik.api.award.EditionEvent;
import id.inovik.api.award.JuryEvent;
import id.inovik.api.award.SubmissionEvent;
import id.inovik.api.innovation.InnovationEvent;
import id.inovik.api.messaging.PublishedEvent;
import id.inovik.api.region.RegionDesignationChangedEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a stored event into the envelope that goes on Kafka ({@link PublishedEvent}). One place, so
 * that the live publisher, a late publication and an innovation's history read by a projection
 * carry exactly the same envelope for the same event.
 */
@Component
public class EventEnvelopes {

  private final JsonMapper json;

  public EventEnvelopes(JsonMapper json) {
    this.json = json;
  }

  /**
   * @param message the stored event
   * @param sequence its sequence within the aggregate, or null when it has none
   * @param globalIndex its position in the event store, or -1 when unknown
   */
  public PublishedEvent envelope(EventMessage<?> message, Long sequence, long globalIndex) {
    Object event = message.getPayload();
    Revision revision = event.getClass().getAnnotation(Revision.class);
    return new PublishedEvent(
        PublishedEvent.CURRENT_VERSION,
        message.getIdentifier(),
        event.getClass().getSimpleName(),
        revision == null ? null : revision.value(),
        aggregateId(event),
        sequence == null ? -1 : sequence,
        globalIndex,
        message.getTimestamp(),
        event);
  }

  /** The envelope as the JSON text of a Kafka record's value (the payload serialised once). */
  public String toJson(PublishedEvent envelope) {
    return json.writeValueAsString(envelope);
  }

  /** The aggregate an event belongs to, as the envelope names it. */
  static String aggregateId(Object event) {
    return switch (event) {
      case InnovationEvent e -> e.innovationId();
      case RegionDesignationChangedEvent e -> e.regionCode() + "@" + e.edition();
      case EditionEvent e -> e.editionId();
      case SubmissionEvent e -> e.submissionId();
      case JuryEvent e -> e.juryId();
      default -> throw new IllegalArgumentException("not a published event: " + event.getClass());
    };
  }
}
