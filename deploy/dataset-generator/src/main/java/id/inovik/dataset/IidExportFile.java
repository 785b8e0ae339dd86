package id.inovik.dataset;

import id.inovik.api.iid.IidColumn;
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

/**
 * Writes generated innovations as an IID export, the spreadsheet {@code POST /api/imports} reads:
 * the columns of {@link IidColumn#IID_EXPORT}, labels as the IID application shows them, ISO dates.
 * CSV or XLSX by the file's extension ({@link TableFile}). Only innovations an IID export lists are
 * written: those at inisiatif, uji coba or penerapan (proposals found not feasible never reach it).
 * An import identifies a row by region + name + OPD (case and spacing ignored); generated editions
 * of several years repeat some of those identities, so only the first row of each identity is
 * written and every row of the file creates one innovation.
 */
public final class IidExportFile {

  /** What an IID application export has: its row number and the columns an import reads. */
  static final List<IidColumn> COLUMNS = IidColumn.IID_EXPORT;

  static final List<String> HEADERS = IidColumn.headers(COLUMNS);

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
        i.profile().regionCode(),
        i.profile().name().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip(),
        i.profile().owningAgency().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
  }

  static List<Object> row(int number, GeneratedInnovation i, RegionCatalog regions) {
    List<Object> row = new ArrayList<>(COLUMNS.size());
    for (IidColumn column : COLUMNS) {
      row.add(cell(column, number, i, regions));
    }
    return row;
  }

  /** The profile's cells as the vocabulary spells them; the trial and stage dates as reached. */
  private static Object cell(
      IidColumn column, int number, GeneratedInnovation i, RegionCatalog regions) {
    return switch (column) {
      case ROW_NUMBER -> number;
      case REGION_NAME -> regions.find(i.profile().regionCode()).map(Region::name).orElse(null);
      case STAGE -> i.stage().label();
      case TRIAL_DATE -> i.trialStartedOn();
      case IMPLEMENTATION_DATE -> i.implementedOn();
      case DECREE_NUMBER -> i.decreeNumber();
      case DECREE_DATE -> i.decreeDate();
      default -> column.cellOf(i.profile());
    };
  }
}
