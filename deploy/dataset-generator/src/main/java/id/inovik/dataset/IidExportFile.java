package id.inovik.dataset;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.scoring.cli.TableFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes generated innovations as an IID export, the spreadsheet {@code POST /api/imports} reads:
 * Indonesian headers, labels as the IID application shows them, ISO dates. CSV or XLSX by the
 * file's extension ({@link TableFile}). Only innovations an IID export lists are written: those at
 * inisiatif, uji coba or penerapan (proposals found not feasible never reach it). An import
 * identifies a row by region + name + OPD (case and spacing ignored); generated editions of several
 * years repeat some of those identities, so only the first row of each identity is written and
 * every row of the file creates one innovation.
 */
public final class IidExportFile {

  static final List<String> HEADERS =
      List.of(
          "No",
          "Kode Wilayah",
          "Pemda",
          "Nama Inovasi",
          "Tahapan",
          "Inisiator",
          "Nama Inisiator",
          "Jenis",
          "Bentuk",
          "Tematik",
          "Urusan Utama",
          "Urusan Lain",
          "Waktu Uji Coba",
          "Waktu Penerapan",
          "Rancang Bangun",
          "Tujuan",
          "Manfaat",
          "Hasil Inovasi",
          "OPD",
          "Anggaran",
          "Video",
          "Nomor SK",
          "Tanggal SK");

  private IidExportFile() {}

  /** True for the innovations an IID export lists. */
  static boolean listed(GeneratedInnovation i) {
    return i.stage() == InnovationStage.INISIATIF
        || i.stage() == InnovationStage.UJI_COBA
        || i.stage() == InnovationStage.PENERAPAN;
  }

  /** Writes at most {@code limit} listed innovations; returns how many were written. */
  public static int write(
      List<GeneratedInnovation> innovations, RegionCatalog regions, Path file, int limit)
      throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    Set<String> identities = new HashSet<>();
    for (GeneratedInnovation i : innovations) {
      if (rows.size() >= limit) {
        break;
      }
      if (listed(i) && identities.add(identity(i))) {
        rows.add(row(rows.size() + 1, i, regions));
      }
    }
    if (!TableFile.supported(file)) {
      throw new IllegalArgumentException("--export-file must end in .csv or .xlsx: " + file);
    }
    TableFile.write(file, "Inovasi", HEADERS, rows);
    return rows.size();
  }

  /** What the import keys a row by: region code, name and OPD, case and spacing ignored. */
  static String identity(GeneratedInnovation i) {
    return String.join(
        "|",
        i.regionCode(),
        i.name().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip(),
        i.owningAgency().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
  }

  static List<Object> row(int number, GeneratedInnovation i, RegionCatalog regions) {
    List<Object> row = new ArrayList<>(HEADERS.size());
    row.add(number);
    row.add(i.regionCode());
    row.add(regions.find(i.regionCode()).map(Region::name).orElse(null));
    row.add(i.name());
    row.add(i.stage().label());
    row.add(i.initiatorKind().label());
    row.add(i.initiatorName());
    row.add(i.digital() ? "Digital" : "Non Digital");
    row.add(i.form().label());
    row.add(i.themes().isEmpty() ? null : String.join("; ", i.themes()));
    row.add(i.mainAffair().label());
    row.add(
        i.relatedAffairs().isEmpty()
            ? null
            : i.relatedAffairs().stream()
                .map(GovernmentAffair::label)
                .collect(Collectors.joining("; ")));
    row.add(i.trialStartedOn());
    row.add(i.implementedOn());
    row.add(i.design());
    row.add(i.goals());
    row.add(i.benefits());
    row.add(i.results());
    row.add(i.owningAgency());
    row.add(i.budget());
    row.add(i.videoUrl());
    row.add(i.decreeNumber());
    row.add(i.decreeDate());
    return row;
  }
}
