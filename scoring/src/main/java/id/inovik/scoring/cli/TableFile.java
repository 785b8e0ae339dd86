package id.inovik.scoring.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One table written to a file, CSV or XLSX by the file's extension: CSV as UTF-8 with a byte-order
 * mark (so spreadsheet programs read the Indonesian text right) and RFC 4180 quoting; XLSX with a
 * bold, frozen header row, numbers as numbers and dates as dates. Used by the scoring CLI's ranking
 * export and the dataset generator's IID export file. The XLSX writer (fastexcel) is an optional
 * dependency of the scoring module: a caller that writes XLSX declares it.
 */
public final class TableFile {

  private TableFile() {}

  /** True when {@code file} names a CSV or XLSX file. */
  public static boolean supported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".xlsx");
  }

  /**
   * Writes {@code headers} and {@code rows}; a null cell stays empty.
   *
   * @param sheet the XLSX sheet's name
   * @throws IllegalArgumentException when the file is neither .csv nor .xlsx (nothing is written)
   */
  public static void write(
      Path file, String sheet, List<String> headers, List<? extends List<?>> rows)
      throws IOException {
    if (!supported(file)) {
      throw new IllegalArgumentException("the file must end in .csv or .xlsx: " + file);
    }
    boolean xlsx = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      if (xlsx) {
        xlsx(sheet, headers, rows, out);
      } else {
        csv(headers, rows, out);
      }
    }
  }

  private static void csv(List<String> headers, List<? extends List<?>> rows, OutputStream stream)
      throws IOException {
    Writer out =
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    out.write('\uFEFF');
    record(out, headers);
    for (List<?> row : rows) {
      record(out, row);
    }
    out.flush();
  }

  private static void record(Writer out, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String text =
          switch (cells.get(i)) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case Object o -> o.toString();
          };
      if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
        text = '"' + text.replace("\"", "\"\"") + '"';
      }
      out.write(text);
    }
    out.write("\r\n");
  }

  private static void xlsx(
      String name, List<String> headers, List<? extends List<?>> rows, OutputStream out)
      throws IOException {
    Workbook workbook = new Workbook(out, "Inovik", "1.0");
    Worksheet sheet = workbook.newWorksheet(name);
    for (int c = 0; c < headers.size(); c++) {
      sheet.inlineString(0, c, headers.get(c));
      sheet.style(0, c).bold().set();
    }
    sheet.freezePane(0, 1);
    for (int r = 0; r < rows.size(); r++) {
      List<?> row = rows.get(r);
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
