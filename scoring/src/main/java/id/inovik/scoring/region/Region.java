package id.inovik.scoring.region;

import java.util.Objects;

/**
 * A regional government as scoring sees it.
 *
 * @param code Kemendagri code, "PP" or "PP.RR"
 * @param provinceCode the two-digit province part of the code
 * @param border daerah perbatasan flag
 * @param underdeveloped daerah tertinggal flag
 */
public record Region(
    String code,
    String name,
    RegionType type,
    String provinceCode,
    boolean border,
    boolean underdeveloped) {

  public Region {
    Objects.requireNonNull(code, "region code");
    name = name == null ? code : name;
    type = type == null ? RegionType.fromCode(code) : type;
    provinceCode =
        provinceCode == null || provinceCode.isBlank() ? code.split("\\.")[0] : provinceCode;
  }

  /** A region whose type and province are read from its code. */
  public static Region of(String code, String name) {
    return new Region(code, name, null, null, false, false);
  }
}
