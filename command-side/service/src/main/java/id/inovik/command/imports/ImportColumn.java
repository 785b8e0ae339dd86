package id.inovik.command.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an IID innovation export (docs/domain/fields.md#innovation-profile) that an import
 * understands. Headers match ignoring case, punctuation and spacing; Indonesian headers as the IID
 * application and regional clones write them are accepted, and so are the JSON field names of the
 * REST API.
 */
public enum ImportColumn {
  NAME("Nama Inovasi", true, "nama inovasi", "nama", "judul inovasi", "inovasi", "name"),
  STAGE("Tahapan", true, "tahapan", "tahapan inovasi", "tahap", "stage"),
  INITIATOR_KIND(
      "Inisiator", true, "inisiator", "inisiator inovasi", "inisiator daerah", "initiator kind"),
  INITIATOR_NAME("Nama Inisiator", false, "nama inisiator", "initiator name"),
  DIGITAL("Jenis", true, "jenis", "jenis inovasi", "digital", "digital non digital"),
  FORM("Bentuk", true, "bentuk", "bentuk inovasi", "form"),
  THEMES("Tematik", false, "tematik", "tema", "themes"),
  MAIN_AFFAIR(
      "Urusan Utama",
      true,
      "urusan utama",
      "urusan pemerintahan utama",
      "urusan pemerintahan",
      "urusan",
      "main affair"),
  RELATED_AFFAIRS(
      "Urusan Lain",
      false,
      "urusan lain",
      "urusan lain yang beririsan",
      "urusan lainnya",
      "urusan beririsan",
      "related affairs"),
  TRIAL_DATE(
      "Waktu Uji Coba",
      false,
      "waktu uji coba",
      "waktu uji coba inovasi",
      "tanggal uji coba",
      "tgl uji coba",
      "waktu ujicoba",
      "planned trial date",
      "trial date"),
  IMPLEMENTATION_DATE(
      "Waktu Penerapan",
      false,
      "waktu penerapan",
      "waktu penerapan inovasi",
      "tanggal penerapan",
      "tgl penerapan",
      "planned implementation date",
      "implementation date"),
  DESIGN(
      "Rancang Bangun",
      true,
      "rancang bangun",
      "rancang bangun inovasi",
      "rancang bangun dan pokok perubahan",
      "design"),
  GOALS("Tujuan", true, "tujuan", "tujuan inovasi", "goals"),
  BENEFITS("Manfaat", true, "manfaat", "manfaat inovasi", "manfaat yang diperoleh", "benefits"),
  RESULTS("Hasil Inovasi", false, "hasil inovasi", "hasil", "hasil yang diperoleh", "results"),
  REGION_CODE(
      "Kode Wilayah",
      false,
      "kode wilayah",
      "kode pemda",
      "kode daerah",
      "kode wilayah pemda",
      "kode kemendagri",
      "region code"),
  REGION_NAME(
      "Pemda",
      false,
      "pemda",
      "nama pemda",
      "pemerintah daerah",
      "nama daerah",
      "daerah",
      "wilayah",
      "region"),
  OWNING_AGENCY(
      "OPD",
      true,
      "opd",
      "opd pengampu",
      "nama opd",
      "perangkat daerah",
      "skpd",
      "unit",
      "unit kerja",
      "opd penanggung jawab",
      "opd pelaksana",
      "instansi",
      "owning agency"),
  BUDGET("Anggaran", false, "anggaran", "anggaran rp", "anggaran inovasi", "budget"),
  VIDEO_URL("Video", false, "video", "url video", "link video", "tautan video", "video url"),
  DECREE_NUMBER("Nomor SK", false, "nomor sk", "no sk", "nomor keputusan", "decree number"),
  DECREE_DATE("Tanggal SK", false, "tanggal sk", "tgl sk", "tanggal keputusan", "decree date");

  private final String header;
  private final boolean required;

  @SuppressWarnings("ImmutableEnumChecker") // List.of(...): unmodifiable
  private final List<String> aliases;

  ImportColumn(String header, boolean required, String... aliases) {
    this.header = header;
    this.required = required;
    this.aliases = List.of(aliases);
  }

  /** The header the report uses when the file has no such column. */
  public String header() {
    return header;
  }

  /** True when every row must have a value (the region needs a code or a name column). */
  public boolean required() {
    return required;
  }

  /**
   * The column a header names, if any. Parenthesised notes ("Anggaran (Rp)", "Waktu Uji Coba
   * (dd/mm/yyyy)"), a required-field star and a trailing "inovasi", "inovasi daerah" or "daerah"
   * ("Waktu Penerapan Inovasi Daerah") do not matter.
   */
  public static Optional<ImportColumn> ofHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String key = normalize(header);
    Optional<ImportColumn> exact = byAlias(key);
    if (exact.isPresent()) {
      return exact;
    }
    String bare = normalize(header.replaceAll("\\([^)]*\\)", " "));
    for (String suffix : List.of(" inovasi daerah", " inovasi", " daerah")) {
      if (bare.endsWith(suffix) && bare.length() > suffix.length()) {
        bare = bare.substring(0, bare.length() - suffix.length());
        break;
      }
    }
    return byAlias(bare);
  }

  private static Optional<ImportColumn> byAlias(String key) {
    for (ImportColumn c : values()) {
      for (String alias : c.aliases) {
        if (normalize(alias).equals(key)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Lower case, camelCase split, every run of non-letters/digits as one space ("Waktu_Uji-Coba" =
   * "waktu uji coba", "regionCode" = "region code").
   */
  static String normalize(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("\uFEFF", "")
        .replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }
}
