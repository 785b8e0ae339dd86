package id.inovik.api.region;

/**
 * A region's entry in an initial designation list shipped with the reference data.
 *
 * @param designation the list
 * @param code the region
 * @param firstEdition first award edition (year) the entry applies to
 * @param lastEdition last edition it applies to, or null when open-ended (until changed by command)
 * @param basis the regulation or source the entry comes from
 * @param certainty {@code listed} (read in the regulation's list), {@code likely} (reconstructed
 *     from the managing agency's published locations) or {@code uncertain}
 */
public record InitialListing(
    RegionDesignation designation,
    String code,
    int firstEdition,
    Integer lastEdition,
    String basis,
    String certainty) {

  public boolean appliesTo(int edition) {
    return edition >= firstEdition && (lastEdition == null || edition <= lastEdition);
  }
}
