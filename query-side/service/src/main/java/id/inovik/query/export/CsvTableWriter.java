package id.inovik.query.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel opens Indonesian text right), comma
 * separated, CRLF line ends, fields quoted when they hold a comma, quote or line break. With {@code
 * sections}, every table starts with a line holding only its title and tables are separated by an
 * empty line; without, the file is one plain table (its header first).
 */
final class CsvTableWriter implements TableWriter {

  private final Writer out;
  private final boolean sections;
  private int tables;

  CsvTableWriter(OutputStream stream, boolean sections) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    this.sections = sections;
  }

  @Override
  public void table(String title, List<String> headers) throws IOException {
    if (tables == 0) {
      out.write('\uFEFF');
    } else if (!sections) {
      throw new IllegalStateException("a plain CSV holds one table");
    } else {
      out.write("\r\n");
    }
    tables++;
    if (sections) {
      record(List.of(title));
    }
    record(headers);
  }

  @Override
  public void row(List<?> cells) throws IOException {
    record(cells);
  }

  private void record(List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(text(cells.get(i))));
    }
    out.write("\r\n");
  }

  private static String text(Object cell) {
    return switch (cell) {
      case null -> "";
      case LocalDate d -> d.toString();
      case BigDecimal d -> d.toPlainString();
      default -> cell.toString();
    };
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
