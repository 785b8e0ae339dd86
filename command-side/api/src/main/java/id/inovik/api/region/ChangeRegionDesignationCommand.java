package id.inovik.api.region;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put a kabupaten/kota into, or take it out of, a designation list for one award edition.
 *
 * @param regionEditionId {@link #idOf(String, int)} of the region and edition
 * @param member true to list the region, false to take it off the list
 * @param basis the regulation, decree or reason for the change (kept in the event)
 */
public record ChangeRegionDesignationCommand(
    @TargetAggregateIdentifier String regionEditionId,
    String regionCode,
    int edition,
    RegionDesignation designation,
    boolean member,
    String basis) {

  /** Identifier of a region's designations in one edition, e.g. {@code 35.07@2024}. */
  public static String idOf(String regionCode, int edition) {
    return regionCode + "@" + edition;
  }
}
