package id.inovik.api.region;

/** Level of a regional government, derived from its Kemendagri code. */
public enum RegionType {
  PROVINSI("Provinsi"),
  KABUPATEN("Kabupaten"),
  KOTA("Kota");

  private final String label;

  RegionType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Derives the type from a code: {@code PP} is a province; in {@code PP.RR}, RR 01-69 is a
   * kabupaten and 71-99 a kota.
   */
  public static RegionType ofCode(String code) {
    if (code.length() == 2) {
      return PROVINSI;
    }
    int rr = Integer.parseInt(code.substring(3, 5));
    return rr >= 71 ? KOTA : KABUPATEN;
  }
}
