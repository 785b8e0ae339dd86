package id.inovik.api.iid;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The columns of an IID innovation list (docs/domain/fields.md#innovation-profile): the one
 * vocabulary of Inovik's spreadsheets. The command side's import reads these columns, the query
 * side's export writes them, the dataset generator writes an IID export with them, and the tests
 * build their files from them; each of those takes a selection of this list ({@link #IMPORTED},
 * {@link #INOVIK_EXPORT}, {@link #IID_EXPORT}) instead of spelling headers of its own.
 *
 * <p>Each column has its canonical Indonesian header, the name of the field it carries in Inovik's
 * JSON (the {@link InnovationProfile} of {@code POST /api/innovations}, or the innovation document
 * of the query side), the other spellings the IID application and its regional clones use, and its
 * {@link Role}. The declaration order is the column order of Inovik's export.
 */
public enum IidColumn {
  ROW_NUMBER("No", Role.IID_ONLY, null),
  REGION_CODE(
      "Kode Wilayah",
      Role.IMPORT_OPTIONAL,
      "regionCode",
      "kode pemda",
      "kode daerah",
      "kode wilayah pemda",
      "kode kemendagri"),
  REGION_NAME(
      "Pemda",
      Role.IMPORT_OPTIONAL,
      "regionName",
      "nama pemda",
      "pemerintah daerah",
      "nama daerah",
      "daerah",
      "wilayah",
      "region"),
  PROVINCE("Provinsi", Role.EXPORT_ONLY, "provinceName"),
  NAME("Nama Inovasi", Role.IMPORT_REQUIRED, "name", "nama", "judul inovasi", "inovasi"),
  STAGE("Tahapan", Role.IMPORT_REQUIRED, "stage", "tahapan inovasi", "tahap"),
  STATUS("Status", Role.EXPORT_ONLY, "status"),
  INITIATOR_KIND(
      "Inisiator", Role.IMPORT_REQUIRED, "initiator.kind", "inisiator inovasi", "inisiator daerah"),
  INITIATOR_NAME("Nama Inisiator", Role.IMPORT_OPTIONAL, "initiator.name"),
  DIGITAL("Jenis", Role.IMPORT_REQUIRED, "digital", "jenis inovasi", "digital non digital"),
  FORM("Bentuk", Role.IMPORT_REQUIRED, "form", "bentuk inovasi"),
  THEMES("Tematik", Role.IMPORT_OPTIONAL, "themes", "tema"),
  MAIN_AFFAIR(
      "Urusan Utama",
      Role.IMPORT_REQUIRED,
      "mainAffair",
      "urusan pemerintahan utama",
      "urusan pemerintahan",
      "urusan"),
  RELATED_AFFAIRS(
      "Urusan Lain",
      Role.IMPORT_OPTIONAL,
      "relatedAffairs",
      "urusan lain yang beririsan",
      "urusan lainnya",
      "urusan beririsan"),
  TRIAL_DATE(
      "Waktu Uji Coba",
      Role.IMPORT_OPTIONAL,
      "plannedTrialDate",
      "waktu uji coba inovasi",
      "tanggal uji coba",
      "tgl uji coba",
      "waktu ujicoba",
      "trial date"),
  IMPLEMENTATION_DATE(
      "Waktu Penerapan",
      Role.IMPORT_OPTIONAL,
      "plannedImplementationDate",
      "waktu penerapan inovasi",
      "tanggal penerapan",
      "tgl penerapan",
      "implementation date"),
  DESIGN(
      "Rancang Bangun",
      Role.IMPORT_REQUIRED,
      "design",
      "rancang bangun inovasi",
      "rancang bangun dan pokok perubahan"),
  GOALS("Tujuan", Role.IMPORT_REQUIRED, "goals", "tujuan inovasi"),
  BENEFITS(
      "Manfaat", Role.IMPORT_REQUIRED, "benefits", "manfaat inovasi", "manfaat yang diperoleh"),
  RESULTS("Hasil Inovasi", Role.IMPORT_OPTIONAL, "results", "hasil", "hasil yang diperoleh"),
  OWNING_AGENCY(
      "OPD",
      Role.IMPORT_REQUIRED,
      "owningAgency",
      "opd pengampu",
      "nama opd",
      "perangkat daerah",
      "skpd",
      "unit",
      "unit kerja",
      "opd penanggung jawab",
      "opd pelaksana",
      "instansi"),
  BUDGET("Anggaran", Role.IMPORT_OPTIONAL, "budget", "anggaran rp", "anggaran inovasi"),
  VIDEO_URL("Video", Role.IMPORT_OPTIONAL, "videoUrl", "url video", "link video", "tautan video"),
  DECREE_NUMBER("Nomor SK", Role.IMPORT_OPTIONAL, "decreeNumber", "no sk", "nomor keputusan"),
  DECREE_DATE("Tanggal SK", Role.IMPORT_OPTIONAL, "decreeDate", "tgl sk", "tanggal keputusan"),
  PROPOSED_ON("Tanggal Diusulkan", Role.EXPORT_ONLY, "proposedAt"),
  INOVIK_ID("ID Inovik", Role.EXPORT_ONLY, "id");

  /** Who reads and writes a column. */
  public enum Role {
    /** The import needs the column in the file and a value in every row. */
    IMPORT_REQUIRED,
    /** The import reads the column when the file has it. */
    IMPORT_OPTIONAL,
    /**
     * Only Inovik's export writes it (what the read model knows); an import lists it as ignored.
     */
    EXPORT_ONLY,
    /** Only the IID application's own export has it; Inovik neither writes nor reads it. */
    IID_ONLY
  }

  /** The columns an import reads, required or not. */
  public static final List<IidColumn> IMPORTED = select(IidColumn::imported);

  /** The columns of Inovik's export, in order: everything the import reads and the read model's. */
  public static final List<IidColumn> INOVIK_EXPORT = select(c -> c.role != Role.IID_ONLY);

  /**
   * The columns of an IID application export, in order: its row number and what an import reads.
   */
  public static final List<IidColumn> IID_EXPORT =
      select(c -> c.role == Role.IID_ONLY || c.imported());

  /** How several themes or affairs are separated in one cell when Inovik writes them. */
  public static final String LIST_SEPARATOR = "; ";

  private final String header;
  private final Role role;
  private final String field;

  @SuppressWarnings("ImmutableEnumChecker") // List.of(...): unmodifiable
  private final List<String> spellings;

  IidColumn(String header, Role role, String field, String... aliases) {
    this.header = header;
    this.role = role;
    this.field = field;
    List<String> all = new ArrayList<>();
    all.add(header);
    if (field != null) {
      all.add(field);
    }
    all.addAll(Arrays.asList(aliases));
    this.spellings = all.stream().map(IidColumn::normalize).distinct().toList();
  }

  /** The canonical header: what Inovik writes, and what a report names when the file has none. */
  public String header() {
    return header;
  }

  public Role role() {
    return role;
  }

  /** True when an import reads the column. */
  public boolean imported() {
    return role == Role.IMPORT_REQUIRED || role == Role.IMPORT_OPTIONAL;
  }

  /**
   * True when a file without the column is refused and every row must have a value. The region is
   * not among them: a file needs {@link #REGION_CODE} or {@link #REGION_NAME}, either will do.
   */
  public boolean required() {
    return role == Role.IMPORT_REQUIRED;
  }

  /**
   * The field's name in Inovik's JSON ({@code initiator.kind} for a nested one), or null for the
   * row number; an import accepts it as a header too.
   */
  public String field() {
    return field;
  }

  /** Every spelling that names this column, normalised: header, JSON field and aliases. */
  List<String> spellings() {
    return spellings;
  }

  /** The headers of {@code columns}, in their order. */
  public static List<String> headers(Collection<IidColumn> columns) {
    return columns.stream().map(IidColumn::header).toList();
  }

  /** The column whose JSON field is {@code field} ("plannedTrialDate", "initiator.kind"). */
  public static Optional<IidColumn> ofField(String field) {
    for (IidColumn c : values()) {
      if (c.field != null && c.field.equals(field)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The column a header names, if any. Case, punctuation, spacing and camelCase do not matter, nor
   * do parenthesised notes ("Anggaran (Rp)", "Waktu Uji Coba (dd/mm/yyyy)"), a required-field star,
   * and a trailing "inovasi", "inovasi daerah" or "daerah" ("Waktu Penerapan Inovasi Daerah").
   * Columns an import does not read are found too: ask {@link #imported()}.
   */
  public static Optional<IidColumn> ofHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Optional<IidColumn> exact = bySpelling(normalize(header));
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
    return bySpelling(bare);
  }

  /**
   * This column's cell for {@code profile}, spelled as an import reads it back: Indonesian labels,
   * dates as {@link java.time.LocalDate}, the budget as a number, lists joined by {@link
   * #LIST_SEPARATOR}, null for an empty cell.
   *
   * @throws IllegalArgumentException for a column the profile does not hold (stage, decree, ...)
   */
  public Object cellOf(InnovationProfile profile) {
    return switch (this) {
      case REGION_CODE -> profile.regionCode();
      case NAME -> profile.name();
      case INITIATOR_KIND ->
          profile.initiator() == null || profile.initiator().kind() == null
              ? null
              : profile.initiator().kind().label();
      case INITIATOR_NAME -> profile.initiator() == null ? null : profile.initiator().name();
      case DIGITAL -> digital(profile.digital());
      case FORM -> profile.form() == null ? null : profile.form().label();
      case THEMES -> list(profile.themes());
      case MAIN_AFFAIR -> profile.mainAffair() == null ? null : profile.mainAffair().label();
      case RELATED_AFFAIRS ->
          list(profile.relatedAffairs().stream().map(GovernmentAffair::label).toList());
      case TRIAL_DATE -> profile.plannedTrialDate();
      case IMPLEMENTATION_DATE -> profile.plannedImplementationDate();
      case DESIGN -> profile.design();
      case GOALS -> profile.goals();
      case BENEFITS -> profile.benefits();
      case RESULTS -> profile.results();
      case OWNING_AGENCY -> profile.owningAgency();
      case BUDGET -> profile.budget();
      case VIDEO_URL -> profile.videoUrl();
      default -> throw new IllegalArgumentException(header + " is not a column of the profile");
    };
  }

  /** The {@link #DIGITAL} ("Jenis") cell. */
  public static String digital(boolean digital) {
    return digital ? "Digital" : "Non Digital";
  }

  private static String list(List<String> values) {
    return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
  }

  private static List<IidColumn> select(Predicate<IidColumn> which) {
    return Arrays.stream(values()).filter(which).collect(Collectors.toUnmodifiableList());
  }

  private static Optional<IidColumn> bySpelling(String key) {
    for (IidColumn c : values()) {
      if (c.spellings.contains(key)) {
        return Optional.of(c);
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
