package id.inovik.api.region;

/**
 * The island group (kelompok pulau) a region belongs to, derived from the first digit of its
 * province code: 1x and 21 Sumatera, 3x Jawa, 5x Bali-Nusa Tenggara, 6x Kalimantan, 7x Sulawesi, 8x
 * Maluku, 9x Papua. Used for the regional views of dashboards and for field-validation clusters.
 */
public enum IslandGroup {
  SUMATERA("Sumatera"),
  JAWA("Jawa"),
  BALI_NUSA_TENGGARA("Bali-Nusa Tenggara"),
  KALIMANTAN("Kalimantan"),
  SULAWESI("Sulawesi"),
  MALUKU("Maluku"),
  PAPUA("Papua");

  private final String label;

  IslandGroup(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The group of a province or regency code ({@code PP} or {@code PP.RR}). */
  public static IslandGroup ofCode(String code) {
    return switch (code.charAt(0)) {
      case '1', '2' -> SUMATERA;
      case '3' -> JAWA;
      case '5' -> BALI_NUSA_TENGGARA;
      case '6' -> KALIMANTAN;
      case '7' -> SULAWESI;
      case '8' -> MALUKU;
      case '9' -> PAPUA;
      default -> throw new IllegalArgumentException("No island group for region code " + code);
    };
  }
}
