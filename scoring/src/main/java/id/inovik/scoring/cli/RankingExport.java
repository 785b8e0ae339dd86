package id.inovik.scoring.cli;

import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.ranking.CategoryRanking;
import id.inovik.scoring.ranking.RankedEntry;
import id.inovik.scoring.ranking.Standing;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an edition's rankings (national, then every award category) as one table with Indonesian
 * headers, to CSV (UTF-8 with a byte-order mark, RFC 4180) or XLSX (one sheet "Peringkat", numbers
 * as numbers), chosen by the file's extension. Lives in the CLI package: the XLSX writer
 * (fastexcel) is an optional dependency of the module, so users of the scoring library do not get
 * it.
 */
final class RankingExport {

  static final List<String> HEADERS =
      List.of(
          "Peringkat",
          "Kode Wilayah",
          "Nama Pemda",
          "Kategori",
          "IID",
          "Predikat",
          "SPD",
          "SID",
          "Jumlah Inovasi",
          "Peringkat Sebelumnya",
          "Perubahan");

  private RankingExport() {}

  /** Checks the file name before anything is scored. */
  static void checkTarget(String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
      throw new IllegalArgumentException("--export needs a file ending in .csv or .xlsx: " + file);
    }
  }

  /** Writes the rankings; returns the number of data rows. */
  static int write(EditionResult result, Path file) throws IOException {
    List<List<Object>> rows = rows(result);
    try (OutputStream out = Files.newOutputStream(file)) {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        xlsx(rows, out);
      } else {
        csv(rows, out);
      }
    }
    return rows.size();
  }

  static List<List<Object>> rows(EditionResult result) {
    List<CategoryRanking> rankings = new ArrayList<>();
    rankings.add(result.national());
    rankings.addAll(result.categories());
    List<List<Object>> rows = new ArrayList<>();
    for (CategoryRanking ranking : rankings) {
      for (RankedEntry entry : ranking.entries()) {
        Standing s = entry.standing();
        List<Object> row = new ArrayList<>();
        row.add(entry.rank());
        row.add(s.regionCode());
        row.add(s.name());
        row.add(ranking.label());
        row.add(s.iid());
        row.add(s.predikat());
        row.add(s.spd());
        row.add(s.sid());
        row.add(s.innovations());
        row.add(entry.previousRank());
        row.add(entry.movement());
        rows.add(row);
      }
    }
    return rows;
  }

  private static void csv(List<List<Object>> rows, OutputStream stream) throws IOException {
    Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    out.write('\uFEFF');
    record(out, HEADERS);
    for (List<Object> row : rows) {
      record(out, row);
    }
    out.flush();
  }

  private static void record(Writer out, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      Object cell = cells.get(i);
      String text =
          switch (cell) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            default -> cell.toString();
          };
      if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
        text = '"' + text.replace("\"", "\"\"") + '"';
      }
      out.write(text);
    }
    out.write("\r\n");
  }

  private static void xlsx(List<List<Object>> rows, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Inovik", "1.0");
    Worksheet sheet = workbook.newWorksheet("Peringkat");
    for (int c = 0; c < HEADERS.size(); c++) {
      sheet.value(0, c, HEADERS.get(c));
      sheet.style(0, c).bold().set();
    }
    sheet.freezePane(0, 1);
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        switch (row.get(c)) {
          case null -> {}
          case Number n -> sheet.value(r + 1, c, n);
          case Object o -> sheet.value(r + 1, c, o.toString());
        }
      }
    }
    workbook.finish();
  }
}
