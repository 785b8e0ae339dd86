package id.inovik.scoring.cli;

import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.ranking.CategoryRanking;
import id.inovik.scoring.ranking.RankedEntry;
import id.inovik.scoring.ranking.Standing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an edition's rankings (national, then every award category) as one table with Indonesian
 * headers, to CSV or XLSX (one sheet "Peringkat") by the file's extension ({@link TableFile}).
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
}
