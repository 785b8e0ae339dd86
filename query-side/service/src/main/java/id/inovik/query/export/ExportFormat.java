package id.inovik.query.export;

import id.inovik.platform.web.FieldError;
import id.inovik.query.web.InvalidRequestException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The file formats an export can take. */
public enum ExportFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String fileName(String base) {
    return base + "." + extension;
  }

  /** The {@code format} parameter; CSV when absent. */
  public static ExportFormat of(String param) {
    List<FieldError> errors = new ArrayList<>();
    ExportFormat format = of(param, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return format;
  }

  /**
   * The {@code format} parameter (CSV when absent), or null with a {@code format} error added to
   * {@code errors}, for endpoints that list it with their other bad parameters.
   */
  public static ExportFormat of(String param, List<FieldError> errors) {
    if (param == null || param.isBlank()) {
      return CSV;
    }
    try {
      return valueOf(param.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("format", "must be csv or xlsx"));
      return null;
    }
  }

  /** A writer of one table (CSV: a plain file with the header on the first line). */
  public TableWriter open(OutputStream out) {
    return switch (this) {
      case CSV -> new CsvTableWriter(out, false);
      case XLSX -> new XlsxTableWriter(out);
    };
  }

  /** A writer of several tables: CSV sections, each after its title line, or XLSX sheets. */
  public TableWriter openSections(OutputStream out) {
    return switch (this) {
      case CSV -> new CsvTableWriter(out, true);
      case XLSX -> new XlsxTableWriter(out);
    };
  }
}
