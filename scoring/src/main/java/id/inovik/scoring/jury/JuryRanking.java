package id.inovik.scoring.jury;

import java.math.BigDecimal;
import java.util.List;

/** Nominees of one award category ranked on the final normalised jury value. */
public record JuryRanking(String category, String label, List<Entry> entries) {
  /** A ranked nominee; {@code rawRank} is where the raw value alone would have put it. */
  public record Entry(
      BigDecimal rank,
      BigDecimal rawRank,
      String regionCode,
      String name,
      double finalNormalised,
      double finalRaw) {}
}
