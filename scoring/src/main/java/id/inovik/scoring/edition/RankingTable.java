package id.inovik.scoring.edition;

import id.inovik.scoring.iid.RegionResult;
import id.inovik.scoring.ranking.CategoryRanking;
import id.inovik.scoring.ranking.RankedEntry;
import id.inovik.scoring.ranking.Standing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An edition's rankings as one table with Indonesian headers, one row per region and category,
 * national first and then every award category in the edition's order. The scoring CLI's {@code
 * --export} and the query service's leaderboard export both build their rows here, so the two files
 * hold the same rows for the same claims. Tied regions share their rank (the policy's tie method
 * decides which number) and follow each other in the ranking's order.
 *
 * <p>Cells are Integer, BigDecimal, String or null (an empty cell: no previous rank).
 */
public final class RankingTable {

  /** The CLI's columns. */
  public static final List<String> HEADERS =
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

  /** The region's IID on its claims before validation; last, so the CLI's columns keep places. */
  public static final String CLAIMED_IID = "IID Klaim";

  private RankingTable() {}

  /** The headers, with {@link #CLAIMED_IID} at the end when {@code claimed}. */
  public static List<String> headers(boolean claimed) {
    if (!claimed) {
      return HEADERS;
    }
    List<String> headers = new ArrayList<>(HEADERS);
    headers.add(CLAIMED_IID);
    return List.copyOf(headers);
  }

  /** Every ranking of the result, national first. */
  public static List<CategoryRanking> rankings(EditionResult result) {
    List<CategoryRanking> rankings = new ArrayList<>();
    rankings.add(result.national());
    rankings.addAll(result.categories());
    return rankings;
  }

  /**
   * The rows of {@code rankings}, in order; with {@code claimed}, each row ends with the region's
   * claimed IID taken from {@code result}.
   */
  public static List<List<Object>> rows(
      EditionResult result, List<CategoryRanking> rankings, boolean claimed) {
    Map<String, RegionResult> byCode = new HashMap<>();
    if (claimed) {
      result.regions().forEach(r -> byCode.put(r.region().code(), r));
    }
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
        if (claimed) {
          RegionResult region = byCode.get(s.regionCode());
          row.add(region == null ? null : region.claimed().iid());
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
