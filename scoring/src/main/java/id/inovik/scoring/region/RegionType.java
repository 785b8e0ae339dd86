package id.inovik.scoring.region;

import java.util.Locale;

/** Kind of regional government (pemda). */
public enum RegionType {
  PROVINSI,
  KABUPATEN,
  KOTA;

  public static RegionType parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * Type implied by a Kemendagri code: "PP" is a province; in "PP.RR" the numbers 01-69 are
   * kabupaten and 71-99 kota (docs/domain/regions.md#codes).
   */
  public static RegionType fromCode(String code) {
    String[] parts = code.trim().split("\\.");
    if (parts.length == 1) {
      return PROVINSI;
    }
    if (parts.length != 2) {
      throw new IllegalArgumentException("not a province or regency/city code: " + code);
    }
    return Integer.parseInt(parts[1]) >= 71 ? KOTA : KABUPATEN;
  }
}
