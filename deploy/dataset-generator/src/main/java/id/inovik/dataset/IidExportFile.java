package id.inovik.dataset;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes generated innovations as an IID export, the spreadsheet {@code POST /api/imports} reads:
 * Indonesian headers, labels as the IID application shows them, ISO dates. CSV (UTF-8 with a
 * byte-order mark) or XLSX by the file's extension. Only innovations an IID export lists are
 * written: those at inisiatif, uji coba or penerapan (proposals found not feasible never reach it).
 * An import identifies a row by region + name + OPD (case and spacing ignored); generated editions
 * of several years repeat some of those identities, so only the first row of each identity is
 * written and every row of the file creates one innovation.
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
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try (OutputStream out = Files.newOutputStream(file)) {
      if (name.endsWith(".xlsx")) {
        xlsx(rows, out);
      } else if (name.endsWith(".csv")) {
        csv(rows, out);
      } else {
        throw new IllegalArgumentException("--export-file must end in .csv or .xlsx: " + file);
      }
    }
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

  private static void csv(List<List<Object>> rows, OutputStream stream) throws IOException {
    Writer out =
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    out.write('\uFEFF');
    record(out, HEADERS);
    for (List<Object> row : rows) {
      record(out, row);
    }
    out.flush();
  }

  private static void record(Writer out, List<?> cells) throws IOException {
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        out.write(',');
      }
      Object cell = cells.get(c);
      String text = cell == null ? "" : cell.toString();
      if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
        text = '"' + text.replace("\"", "\"\"") + '"';
      }
      out.write(text);
    }
    out.write("\r\n");
  }

  private static void xlsx(List<List<Object>> rows, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Inovik", "1.0");
    Worksheet sheet = workbook.newWorksheet("Inovasi");
    for (int c = 0; c < HEADERS.size(); c++) {
      sheet.inlineString(0, c, HEADERS.get(c));
      sheet.style(0, c).bold().set();
    }
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        switch (row.get(c)) {
          case null -> {}
          case Number n -> sheet.value(r + 1, c, n);
          case LocalDate d -> {
            sheet.value(r + 1, c, d);
            sheet.style(r + 1, c).format("yyyy-mm-dd").set();
          }
          case Object o -> sheet.inlineString(r + 1, c, o.toString());
        }
      }
      if (r % 1000 == 999) {
        sheet.flush();
      }
    }
    workbook.finish();
  }
}
