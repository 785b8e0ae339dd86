package id.inovik.api.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference list of provinces and kabupaten/kota (idn-area-data 4.0.1, Kepmendagri
 * 300.2.2-2138/2025; data under ODbL, attribution in the resource folder's README).
 *
 * <p>Immutable and thread-safe; load it once with {@link #load()}.
 */
public final class RegionCatalog {

  private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{2})?");
  private static final String RESOURCE_DIR = "/id/inovik/api/region/";

  private final Map<String, Region> byCode;
  private final List<InitialListing> listings;

  private RegionCatalog(Map<String, Region> byCode, List<InitialListing> listings) {
    this.byCode = Collections.unmodifiableMap(byCode);
    this.listings = List.copyOf(listings);
  }

  /** Loads the catalogue shipped in this jar. */
  public static RegionCatalog load() {
    Map<String, Region> regions = new LinkedHashMap<>();
    Map<String, String> provinceNames = new LinkedHashMap<>();
    for (String[] row : readCsv("provinces.csv")) {
      provinceNames.put(row[0], row[1]);
      regions.put(
          row[0],
          new Region(
              row[0],
              row[1],
              RegionType.PROVINSI,
              row[0],
              row[1],
              true,
              IslandGroup.ofCode(row[0])));
    }
    for (String[] row : readCsv("regencies.csv")) {
      String code = row[0];
      String provinceCode = row[1];
      String name = row[2];
      String provinceName = provinceNames.get(provinceCode);
      if (provinceName == null) {
        throw new IllegalStateException(
            "Regency " + code + " names unknown province " + provinceCode);
      }
      boolean autonomous = !name.contains("Administrasi");
      regions.put(
          code,
          new Region(
              code,
              name,
              RegionType.ofCode(code),
              provinceCode,
              provinceName,
              autonomous,
              IslandGroup.ofCode(code)));
    }
    List<InitialListing> listings = new ArrayList<>();
    for (String[] row : readCsv("region-designations.csv")) {
      RegionDesignation designation = RegionDesignation.valueOf(row[0]);
      Region region = regions.get(row[1]);
      if (region == null || !designation.appliesTo(region.type())) {
        throw new IllegalStateException(
            "Designation list names " + row[1] + ", which cannot be " + designation);
      }
      listings.add(
          new InitialListing(
              designation,
              row[1],
              Integer.parseInt(row[3]),
              row[4].isBlank() ? null : Integer.valueOf(row[4]),
              row[5],
              row[6]));
    }
    return new RegionCatalog(regions, listings);
  }

  /**
   * The initial-list entry that puts {@code code} in {@code designation} for {@code edition}, if
   * any. Later changes are events of the command side; this is only the starting point.
   */
  public Optional<InitialListing> initialListing(
      String code, RegionDesignation designation, int edition) {
    return listings.stream()
        .filter(
            l -> l.designation() == designation && l.code().equals(code) && l.appliesTo(edition))
        .findFirst();
  }

  /** The regions an initial list puts in {@code designation} for {@code edition}. */
  public List<InitialListing> initialListings(RegionDesignation designation, int edition) {
    return listings.stream()
        .filter(l -> l.designation() == designation && l.appliesTo(edition))
        .toList();
  }

  /** True when {@code code} is well-formed ({@code PP} or {@code PP.RR}). */
  public static boolean isWellFormed(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  public Optional<Region> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /**
   * Regions whose name matches {@code name}, ignoring case, punctuation and spacing, and accepting
   * the usual prefixes ("Kab.", "Pemkab", "Pemerintah Kota", "Provinsi", "Prov."). A bare name
   * ("Malang") matches every level that carries it, so callers can report the ambiguity.
   */
  public List<Region> findByName(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String wanted = normalizeName(name);
    List<Region> exact = byCode.values().stream().filter(r -> fullName(r).equals(wanted)).toList();
    if (!exact.isEmpty()) {
      return exact;
    }
    return byCode.values().stream().filter(r -> bareName(r).equals(wanted)).toList();
  }

  private static String fullName(Region r) {
    return normalizeName(r.type() == RegionType.PROVINSI ? "provinsi " + r.name() : r.name());
  }

  private static String bareName(Region r) {
    String full = normalizeName(r.name());
    return full.replaceFirst("^(kabupaten|kota) ", "");
  }

  static String normalizeName(String name) {
    String s =
        name.toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip()
            .replaceAll(" +", " ");
    s = s.replaceFirst("^pemerintah (daerah )?", "");
    s = s.replaceFirst("^pemkab ", "kabupaten ");
    s = s.replaceFirst("^pemkot ", "kota ");
    s = s.replaceFirst("^(pemprov|prov|propinsi) ", "provinsi ");
    s = s.replaceFirst("^kab ", "kabupaten ");
    return s;
  }

  public boolean contains(String code) {
    return code != null && byCode.containsKey(code);
  }

  public List<Region> provinces() {
    return byCode.values().stream().filter(r -> r.type() == RegionType.PROVINSI).toList();
  }

  /** Kabupaten and kota of one province, in code order. */
  public List<Region> regenciesOf(String provinceCode) {
    return byCode.values().stream()
        .filter(r -> r.type() != RegionType.PROVINSI && r.provinceCode().equals(provinceCode))
        .toList();
  }

  public List<Region> all() {
    return List.copyOf(byCode.values());
  }

  private static List<String[]> readCsv(String file) {
    try (InputStream in = RegionCatalog.class.getResourceAsStream(RESOURCE_DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("Missing region resource " + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String header = reader.readLine();
      if (header == null) {
        return rows;
      }
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(parseCsvLine(line));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180 line split: quoted fields may hold commas and doubled quotes. */
  static String[] parseCsvLine(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(String[]::new);
  }
}
