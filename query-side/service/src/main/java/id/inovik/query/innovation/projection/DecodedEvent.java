package id.inovik.query.innovation.projection;

import id.inovik.api.innovation.InnovationEvent;
import java.time.Instant;

/**
 * An event read from Kafka, with the envelope fields the projection needs.
 *
 * @param sequence the event's position within its innovation, from 0
 * @param timestamp when the event store stored it
 */
public record DecodedEvent(
    String eventId,
    String type,
    String aggregateId,
    long sequence,
    Instant timestamp,
    InnovationEvent event,
    SourceRecord source) {}
