package id.inovik.command.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the rows of a CSV or XLSX file (told apart by content: an XLSX is a zip). CSV is RFC 4180
 * in UTF-8 (a byte-order mark is skipped) or, when it is not valid UTF-8, Windows-1252; the
 * delimiter is the one of {@code , ; tab} that the first lines (title rows and the header) use
 * most, since spreadsheets in Indonesian locales save with semicolons. XLSX is read sheet by sheet,
 * streaming, for as long as the handler wants the next sheet. Row numbers are what a spreadsheet
 * shows: the first line is row 1, blank lines count, a CSV record spanning several lines is one
 * row.
 */
final class SpreadsheetReader {

  /** One row: its number as a spreadsheet shows it and its cells as text. */
  record SheetRow(int number, List<String> cells) {
    boolean isBlank() {
      return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    String cell(int index) {
      return index < cells.size() ? cells.get(index) : null;
    }
  }

  /** Receives rows in order. */
  interface RowHandler {
    void row(SheetRow row);

    /** Called before the rows of each XLSX sheet, with its name. */
    default void sheetStarted(String name) {}

    /** Whether an XLSX reading should go on to the next sheet once a sheet has ended. */
    default boolean wantsNextSheet() {
      return false;
    }
  }

  /** Carries a handler's exception through the readers, so it is not taken for a file error. */
  private static final class HandlerFailure extends RuntimeException {
    HandlerFailure(RuntimeException cause) {
      super(cause);
    }
  }

  private static void deliver(RowHandler handler, SheetRow row) {
    try {
      handler.row(row);
    } catch (RuntimeException e) {
      throw new HandlerFailure(e);
    }
  }

  /** Thrown for a file that is neither readable CSV nor XLSX. */
  static final class UnreadableFileException extends RuntimeException {
    UnreadableFileException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private SpreadsheetReader() {}

  static void read(InputStream input, RowHandler handler) {
    BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
    try {
      in.mark(4);
      byte[] magic = in.readNBytes(4);
      in.reset();
      if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3) {
        readXlsx(in, handler);
      } else {
        readCsv(in, handler);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readXlsx(InputStream in, RowHandler handler) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      List<Sheet> sheets = workbook.getSheets().toList();
      for (int s = 0; s < sheets.size(); s++) {
        if (s > 0 && !handler.wantsNextSheet()) {
          break;
        }
        handler.sheetStarted(sheets.get(s).getName());
        try (Stream<Row> rows = sheets.get(s).openStream()) {
          rows.forEach(
              row -> {
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                  Cell cell = row.getCell(i);
                  cells.add(cell == null ? null : cellText(cell));
                }
                deliver(handler, new SheetRow(row.getRowNum(), cells));
              });
        }
      }
    } catch (HandlerFailure e) {
      throw (RuntimeException) e.getCause();
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException("The file looks like XLSX but cannot be read", e);
    }
  }

  private static String cellText(Cell cell) {
    return switch (cell.getType()) {
      case EMPTY -> null;
      case NUMBER, BOOLEAN -> cell.getRawValue();
      default -> cell.getText();
    };
  }

  private static void readCsv(BufferedInputStream in, RowHandler handler) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, charsetOf(in)), 1 << 16);
    reader.mark(1 << 15);
    StringBuilder head = new StringBuilder();
    String line;
    int read = 0;
    while (read < 10 && head.length() < 16_000 && (line = reader.readLine()) != null) {
      head.append(line).append('\n');
      read++;
    }
    reader.reset();
    if (head.isEmpty()) {
      return;
    }
    if (head.charAt(0) == '\uFEFF') {
      reader.skip(1);
    }
    char delimiter = delimiterOf(head.toString());
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .get();
    try (Reader r = reader;
        CSVParser parser = CSVParser.parse(r, format)) {
      int number = 0;
      for (CSVRecord record : parser) {
        number++;
        deliver(handler, new SheetRow(number, record.toList()));
      }
    } catch (HandlerFailure e) {
      throw (RuntimeException) e.getCause();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new UnreadableFileException("The CSV file is malformed: " + e.getMessage(), e);
    }
  }

  /**
   * UTF-8 unless the first 64 KiB are not valid UTF-8, then Windows-1252 (what Excel's "CSV (Comma
   * delimited)" writes on Windows).
   */
  static Charset charsetOf(BufferedInputStream in) throws IOException {
    in.mark(1 << 16);
    byte[] head = in.readNBytes(1 << 16);
    in.reset();
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(head);
    CoderResult result = utf8.decode(bytes, CharBuffer.allocate(head.length), true);
    // a character cut by the end of a full sample is not an error
    boolean cut = head.length == 1 << 16 && bytes.position() >= head.length - 3;
    return result.isError() && !cut ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
  }

  static char delimiterOf(String firstLines) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < firstLines.length(); i++) {
      char c = firstLines.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (c) {
          case ',' -> commas++;
          case ';' -> semicolons++;
          case '\t' -> tabs++;
          default -> {}
        }
      }
    }
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }
}
