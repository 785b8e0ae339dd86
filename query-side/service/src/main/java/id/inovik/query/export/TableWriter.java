package id.inovik.query.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes one or more tables as they are produced, row by row, so an export of any length needs
 * memory for one row at a time. In XLSX each table is a sheet; in CSV the tables follow each other,
 * each after a line holding its title and separated by an empty line (a single table has no title
 * line, so the file is a plain CSV a spreadsheet import reads as is).
 *
 * <p>Cells may be null (empty), String, Number, Boolean or {@link java.time.LocalDate} (ISO
 * yyyy-MM-dd in CSV, a date cell formatted yyyy-mm-dd in XLSX).
 */
public interface TableWriter extends Closeable {

  /** Starts a table; {@code title} names the sheet (XLSX) or the section (CSV). */
  void table(String title, List<String> headers) throws IOException;

  void row(List<?> cells) throws IOException;

  /** Finishes the file; does not close the underlying stream's owner beyond flushing it. */
  @Override
  void close() throws IOException;
}
