package id.inovik.query.standings;

import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.iid.RegionResult;
import id.inovik.scoring.ranking.CategoryRanking;
import id.inovik.scoring.ranking.RankedEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code sha256:} and the SHA-256 of a canonical text of an edition's standings: every region's
 * claimed and validated numbers, then every ranking (national, then each category) line by line.
 * Equal standings give equal digests; any changed number, rank or order changes it.
 */
public final class StandingsDigest {

  private StandingsDigest() {}

  public static String of(EditionResult result) {
    StringBuilder text = new StringBuilder();
    for (RegionResult r : result.regions()) {
      text.append("R|").append(r.region().code()).append('|').append(r.region().name());
      for (var side : new id.inovik.scoring.iid.IidScore[] {r.claimed(), r.validated()}) {
        text.append('|')
            .append(side.spd().toPlainString())
            .append('|')
            .append(side.sid().toPlainString())
            .append('|')
            .append(side.iid().toPlainString())
            .append('|')
            .append(side.innovations())
            .append('|')
            .append(side.predikat());
      }
      text.append('\n');
    }
    ranking(text, result.national());
    result.categories().forEach(c -> ranking(text, c));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return "sha256:"
          + HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void ranking(StringBuilder text, CategoryRanking ranking) {
    for (RankedEntry e : ranking.entries()) {
      text.append("K|")
          .append(ranking.category())
          .append('|')
          .append(e.rank().toPlainString())
          .append('|')
          .append(e.standing().regionCode())
          .append('|')
          .append(e.standing().iid().toPlainString())
          .append('|')
          .append(e.movement() == null ? "" : e.movement().toPlainString())
          .append('\n');
    }
  }
}
