package id.inovik.api.messaging;

import java.time.Instant;

/**
 * The envelope of an event on Kafka, written by the command side's publisher and read by the
 * projections.
 *
 * <p>Envelope versions: 1 carried the payload as a JSON string inside the JSON envelope (so it was
 * written and parsed twice) and had no {@code envelope} field; 2 carries it as a JSON object. A
 * reader takes both: an envelope without the field is version 1, a payload that is a JSON string is
 * read as the JSON it holds.
 *
 * @param envelope the envelope's version ({@link #CURRENT_VERSION} when written now)
 * @param eventId Axon's event identifier (unique; lets consumers drop duplicates)
 * @param type simple class name of the payload, e.g. {@code InnovationProposedEvent}
 * @param revision payload schema revision
 * @param aggregateId the innovation (or other aggregate) the event belongs to
 * @param sequence the event's sequence number within its aggregate, from 0; projections use it as
 *     the document version so a replayed or duplicated event changes nothing
 * @param globalIndex position in the event store (for lag metrics), or -1 when unknown
 * @param timestamp when the event was stored
 * @param payload the event itself (a record of this module), written as a JSON object
 */
public record PublishedEvent(
    int envelope,
    String eventId,
    String type,
    String revision,
    String aggregateId,
    long sequence,
    long globalIndex,
    Instant timestamp,
    Object payload) {

  /** The envelope version this code writes. */
  public static final int CURRENT_VERSION = 2;
}
