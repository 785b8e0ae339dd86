package id.inovik.api.messaging;

import java.time.Instant;

/**
 * The envelope of an event on Kafka, written by the command side's publisher and read by the
 * projections.
 *
 * @param eventId Axon's event identifier (unique; lets consumers drop duplicates)
 * @param type simple class name of the payload, e.g. {@code InnovationProposedEvent}
 * @param revision payload schema revision
 * @param aggregateId the innovation (or other aggregate) the event belongs to
 * @param sequence the event's sequence number within its aggregate, from 0; projections use it as
 *     the document version so a replayed or duplicated event changes nothing
 * @param globalIndex position in the event store (for lag metrics), or -1 when unknown
 * @param timestamp when the event was stored
 * @param payload the event as JSON
 */
public record PublishedEvent(
    String eventId,
    String type,
    String revision,
    String aggregateId,
    long sequence,
    long globalIndex,
    Instant timestamp,
    String payload) {}
