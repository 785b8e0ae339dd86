package id.inovik.scoring.jury;

import java.util.Objects;

/**
 * A member of the jury panel.
 *
 * @param provinceCode the province the juror comes from, or null/empty when none; a juror does not
 *     score regions of their own province
 */
public record Juror(String id, String name, String provinceCode) {
  public Juror {
    Objects.requireNonNull(id, "juror id");
    name = name == null ? id : name;
    provinceCode = provinceCode == null ? "" : provinceCode.trim();
  }
}
