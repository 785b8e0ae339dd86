package id.inovik.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankerTest {
  private static Standing standing(String code, String iid, String sid, String spd, Instant at) {
    return new Standing(
        code, code, new BigDecimal(iid), new BigDecimal(sid), new BigDecimal(spd), 10, "", at);
  }

  /** A, then B and C tied on everything, then D. */
  private final List<Standing> field =
      List.of(
          standing("35.04", "50.00", "30", "20", null),
          standing("35.02", "60.00", "40", "20", null),
          standing("35.01", "70.00", "50", "20", null),
          standing("35.03", "60.00", "40", "20", null));

  @ParameterizedTest
  @CsvSource({
    "STANDARD, 1 2 2 4",
    "MODIFIED, 1 3 3 4",
    "DENSE, 1 2 2 3",
    "FRACTIONAL, 1 2.5 2.5 4",
    "ORDINAL, 1 2 3 4"
  })
  void tieMethods(TieMethod method, String expected) {
    List<RankedEntry> ranked = Ranker.rank(field, new RankingPolicy(method, List.of()), Map.of());

    assertThat(ranked)
        .extracting(e -> e.standing().regionCode())
        .containsExactly("35.01", "35.02", "35.03", "35.04");
    assertThat(String.join(" ", ranked.stream().map(e -> e.rank().toPlainString()).toList()))
        .isEqualTo(expected);
  }

  @Test
  void tieBreakChainDecidesEqualIidInOrder() {
    List<Standing> tied =
        List.of(
            standing("11.01", "55.00", "40.00", "15.00", Instant.parse("2026-08-10T00:00:00Z")),
            standing("11.02", "55.00", "41.00", "14.00", Instant.parse("2026-08-12T00:00:00Z")),
            standing("11.03", "55.00", "40.00", "15.00", Instant.parse("2026-08-01T00:00:00Z")),
            standing("11.04", "55.00", "40.00", "16.00", null));

    List<RankedEntry> ranked = Ranker.rank(tied, RankingPolicy.DEFAULT, Map.of());

    assertThat(ranked)
        .extracting(e -> e.standing().regionCode())
        .containsExactly("11.02", "11.04", "11.03", "11.01");
    assertThat(ranked).extracting(e -> e.rank().intValue()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void withoutTieBreaksEqualIidIsATie() {
    List<Standing> tied =
        List.of(
            standing("11.01", "55.00", "40.00", "15.00", null),
            standing("11.02", "55.00", "41.00", "14.00", null));

    assertThat(Ranker.rank(tied, new RankingPolicy(TieMethod.STANDARD, List.of()), Map.of()))
        .extracting(e -> e.rank().intValue())
        .containsExactly(1, 1);
  }

  @Test
  void movementAgainstThePreviousEdition() {
    List<RankedEntry> ranked =
        Ranker.rank(
            field,
            RankingPolicy.DEFAULT,
            Map.of("35.04", BigDecimal.ONE, "35.01", BigDecimal.valueOf(3)));

    RankedEntry top = ranked.getFirst();
    assertThat(top.previousRank()).isEqualByComparingTo("3");
    assertThat(top.movement()).isEqualByComparingTo("2");
    RankedEntry last = ranked.getLast();
    assertThat(last.movement()).isEqualByComparingTo("-3");
    assertThat(ranked.get(1).movement()).isNull();
  }

  @Test
  void inputOrderDoesNotChangeTheRanking() {
    List<RankedEntry> a = Ranker.rank(field, RankingPolicy.DEFAULT, Map.of());
    List<RankedEntry> b = Ranker.rank(field.reversed(), RankingPolicy.DEFAULT, Map.of());

    assertThat(b).isEqualTo(a);
  }
}
