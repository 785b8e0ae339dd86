package id.inovik.api.region;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A region entered or left a designation list for one award edition.
 *
 * @param member true when the region is now on the list
 * @param basis the regulation, decree or reason given for the change
 */
@Revision("1")
public record RegionDesignationChangedEvent(
    String regionCode,
    int edition,
    RegionDesignation designation,
    boolean member,
    String basis,
    Instant changedAt) {}
