package id.inovik.query.standings;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.scoring.ranking.RankedEntry;
import id.inovik.scoring.ranking.Ranker;
import id.inovik.scoring.ranking.Standing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index's sort key orders and ties regions exactly as the engine's {@link Ranker}. */
class SortKeyTest {

  @Test
  void keyOrderAndTiesAreTheRankersOnRandomStandingsWithManyTies() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      List<Standing> standings = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        // few distinct values, so ties on IID, SID, SPD and time are common
        standings.add(
            new Standing(
                String.format("35.%02d", i),
                "R" + i,
                BigDecimal.valueOf(random.nextInt(4) * 2500 + random.nextInt(2), 2),
                BigDecimal.valueOf(random.nextInt(3) * 1000L, 2),
                BigDecimal.valueOf(random.nextInt(3) * 633L, 2),
                random.nextInt(3),
                "",
                random.nextInt(4) == 0
                    ? null
                    : Instant.parse("2026-08-01T00:00:00Z").plusNanos(random.nextInt(3) * 1000L)));
      }
      List<RankedEntry> engine = Ranker.rank(standings, SortKey.POLICY, java.util.Map.of());
      Comparator<Standing> byKey = Comparator.comparing(SortKeyTest::key).reversed();
      List<Standing> sorted = new ArrayList<>(standings);
      sorted.sort(byKey.thenComparing(Standing::regionCode));
      List<BigDecimal> ranks = Ranker.ranks(sorted, byKey, SortKey.POLICY.method());
      for (int i = 0; i < sorted.size(); i++) {
        assertThat(sorted.get(i).regionCode()).isEqualTo(engine.get(i).standing().regionCode());
        assertThat(ranks.get(i)).isEqualByComparingTo(engine.get(i).rank());
      }
    }
  }

  private static String key(Standing s) {
    return SortKey.of(s.iid(), s.sid(), s.spd(), s.innovations(), s.submittedAt());
  }
}
