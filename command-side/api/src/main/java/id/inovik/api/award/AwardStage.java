package id.inovik.api.award;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of stage an award edition goes through (docs/domain/lifecycle.md#award-cycle). A
 * programme lists the ones it uses, in its own order ({@link Programme#stages()}).
 */
public enum AwardStage {
  /** Collection: regions enter their SPD data and their innovations' claims. */
  PENJARINGAN("penjaringan"),
  /** Measurement: verifiers and quality controllers validate every claim against its evidence. */
  PENGUKURAN("pengukuran"),
  /**
   * A jury-only programme's proposal evaluation (KIPP's Tim Evaluasi): jurors score each entered
   * proposal on the programme's criteria; a ranking of those scores decides the Top 99.
   */
  EVALUASI_PROPOSAL("evaluasi-proposal"),
  /**
   * The heads of the nominated regions present to the jury (for KIPP: the Top 99 present and are
   * interviewed by the independent panel).
   */
  PRESENTASI("presentasi"),
  /** Mixed teams visit the nominees. */
  VALIDASI_LAPANGAN("validasi-lapangan"),
  /** The jury ranks the nominees of each category; the award follows. */
  PLENO("pleno");

  private final String slug;

  AwardStage(String slug) {
    this.slug = slug;
  }

  /** The stage as it appears in URLs and schedules, e.g. {@code validasi-lapangan}. */
  public String slug() {
    return slug;
  }

  /** Parses a slug or a constant name, ignoring case; {@code validasi_lapangan} works too. */
  public static Optional<AwardStage> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normal = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (AwardStage s : values()) {
      if (s.slug.equals(normal)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
