package id.inovik.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX through fastexcel's streaming writer: one sheet per table, a bold frozen header row, text as
 * inline strings (no shared-string table growing with the export) and rows flushed to the stream
 * every {@value #FLUSH_EVERY} rows, so memory stays flat however many rows are written.
 */
final class XlsxTableWriter implements TableWriter {

  static final int FLUSH_EVERY = 500;

  /** Excel refuses cells longer than this. */
  static final int MAX_CELL = 32_767;

  private final Workbook workbook;
  private Worksheet sheet;
  private int row;

  XlsxTableWriter(OutputStream out) {
    this.workbook = new Workbook(out, "Inovik", "1.0");
  }

  @Override
  public void table(String title, List<String> headers) throws IOException {
    finishSheet();
    sheet = workbook.newWorksheet(sheetName(title));
    for (int c = 0; c < headers.size(); c++) {
      sheet.inlineString(0, c, headers.get(c));
      sheet.style(0, c).bold().set();
    }
    sheet.freezePane(0, 1);
    row = 1;
  }

  @Override
  public void row(List<?> cells) throws IOException {
    for (int c = 0; c < cells.size(); c++) {
      switch (cells.get(c)) {
        case null -> {}
        case String s ->
            sheet.inlineString(row, c, s.length() > MAX_CELL ? s.substring(0, MAX_CELL) : s);
        case Number n -> sheet.value(row, c, n);
        case Boolean b -> sheet.value(row, c, b);
        case LocalDate d -> {
          sheet.value(row, c, d);
          sheet.style(row, c).format("yyyy-mm-dd").set();
        }
        default -> sheet.inlineString(row, c, cells.get(c).toString());
      }
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  private void finishSheet() throws IOException {
    if (sheet != null) {
      sheet.finish();
    }
  }

  /** Excel sheet names: at most 31 characters, none of []:*?/\ */
  static String sheetName(String title) {
    String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    return name.length() > 31 ? name.substring(0, 31) : name;
  }

  @Override
  public void close() throws IOException {
    finishSheet();
    workbook.finish();
  }
}
