package id.inovik.command.award.edition;

import id.inovik.api.award.AwardStage;
import java.time.Instant;

/**
 * The payload of the deadline that closes an edition's collection stage, stored with the deadline
 * (db-scheduler table). It names the moment it was scheduled for, so that a deadline left over from
 * an earlier opening can never close a later one.
 */
public record CollectionDeadline(String editionId, AwardStage stage, Instant closesAt) {}
