package id.inovik.query.standings;

import java.time.Instant;

/**
 * One record of the award, region or innovation topic as the standings read it: the envelope's
 * event id and stored time, and the payload as a contract record.
 *
 * @param storedAt when the command side's event store stored the event (the envelope's timestamp);
 *     {@code asOf} cuts the streams here
 */
public record AwardRecord(String eventId, String type, Instant storedAt, Object event) {}
