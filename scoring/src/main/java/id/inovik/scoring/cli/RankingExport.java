package id.inovik.scoring.cli;

import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.edition.RankingTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an edition's rankings (national, then every award category) as one table with Indonesian
 * headers ({@link RankingTable}, shared with the query service's leaderboard export), to CSV or
 * XLSX (one sheet "Peringkat") by the file's extension ({@link TableFile}).
 */
final class RankingExport {

  static final List<String> HEADERS = RankingTable.HEADERS;

  private RankingExport() {}

  /** Checks the file name before anything is scored. */
  static void checkTarget(String file) {
    if (!TableFile.supported(Path.of(file))) {
      throw new IllegalArgumentException("--export needs a file ending in .csv or .xlsx: " + file);
    }
  }

  /** Writes the rankings; returns the number of data rows. */
  static int write(EditionResult result, Path file) throws IOException {
    List<List<Object>> rows = rows(result);
    TableFile.write(file, "Peringkat", HEADERS, rows);
    return rows.size();
  }

  static List<List<Object>> rows(EditionResult result) {
    return RankingTable.rows(result, RankingTable.rankings(result), false);
  }
}
