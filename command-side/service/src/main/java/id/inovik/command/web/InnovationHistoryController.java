package id.inovik.command.web;

import id.inovik.api.messaging.PublishedEvent;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.InvalidInnovationException;
import id.inovik.command.publish.EventHistory;
import java.util.List;
import java.util.regex.Pattern;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An innovation's full history from the event store, as the envelopes the publisher puts on Kafka.
 * Read models use it to rebuild one innovation when the topic lacks some of its events: the event
 * store is the source of truth, the topic is a copy.
 */
@RestController
@RequestMapping("/api/innovations")
class InnovationHistoryController {

  /** Innovation ids are UUIDs (random, or name-based from an idempotency key), lower case. */
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final EventHistory events;

  InnovationHistoryController(EventHistory events) {
    this.events = events;
  }

  /** Every stored event of the innovation in sequence order, from 0 ({@link EventHistory}). */
  @GetMapping("/{id}/events")
  List<PublishedEvent> history(@PathVariable String id) {
    if (!UUID.matcher(id).matches()) {
      throw new InvalidInnovationException(
          List.of(
              new FieldViolation(
                  "id",
                  "must be an innovation id, a UUID such as 0b7e1c52-4f3a-4a9e-9d1e-2f7c8a6b5e10")));
    }
    List<PublishedEvent> history = events.of(id);
    if (history.isEmpty()) {
      throw new AggregateNotFoundException(id, "No innovation with id " + id);
    }
    return history;
  }
}
