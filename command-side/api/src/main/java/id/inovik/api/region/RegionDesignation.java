package id.inovik.api.region;

/**
 * A national designation a kabupaten/kota holds for an award edition; each is its own IGA award
 * category. Membership changes between editions (regions leave and enter the lists), so it is
 * edition-scoped data changed by command, starting from the lists in {@code
 * region-designations.csv}.
 */
public enum RegionDesignation {
  /** Daerah perbatasan: a kabupaten/kota on a land or sea border of the state. */
  PERBATASAN("Daerah perbatasan"),
  /** Daerah tertinggal: an underdeveloped kabupaten (Perpres 63/2020 for 2020-2024). */
  TERTINGGAL("Daerah tertinggal");

  private final String label;

  RegionDesignation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether a region of {@code type} can hold this designation at all. */
  public boolean appliesTo(RegionType type) {
    return switch (this) {
      case PERBATASAN -> type != RegionType.PROVINSI;
      case TERTINGGAL -> type == RegionType.KABUPATEN;
    };
  }
}
