package id.inovik.scoring.iid;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import id.inovik.scoring.catalogue.MandatoryRule;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.ranking.RankedEntry;
import id.inovik.scoring.ranking.RankingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;

class IidPropertiesTest {

  record Case(Edition edition, RegionSubmission region, long seed) {}

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.of(RubricCatalogue.SHIPPED_EDITIONS)
        .map(RubricCatalogue::edition)
        .flatMap(
            e ->
                Combinators.combine(Generators.region(e, "35.07", 25), Arbitraries.longs())
                    .as((region, seed) -> new Case(e, region, seed)));
  }

  /** Raises one claimed option by one, keeping the validation outcome's shape. */
  private static RegionSubmission raiseOne(
      Edition edition, RegionSubmission region, Random random) {
    int innovation = random.nextInt(region.innovations().size() + 1) - 1;
    Map<String, IndicatorClaim> claims =
        new HashMap<>(
            innovation < 0 ? region.spd() : region.innovations().get(innovation).indicators());
    List<Indicator> rows = edition.indicators(innovation < 0 ? Aspect.SPD : Aspect.SID);
    Indicator row = rows.get(random.nextInt(rows.size()));
    IndicatorClaim old = claims.getOrDefault(row.code(), IndicatorClaim.claimed(0));
    if (old.option() == 3) {
      return region;
    }
    IndicatorClaim raised =
        switch (old.status()) {
          case PENDING -> IndicatorClaim.claimed(old.option() + 1);
          case ACCEPTED -> IndicatorClaim.claimed(old.option() + 1).accepted();
          case ZEROED -> IndicatorClaim.claimed(old.option() + 1).zeroed("");
          case DOWNGRADED ->
              IndicatorClaim.claimed(old.option() + 1).downgradedTo(old.validatedOption(), "");
        };
    claims.put(row.code(), raised);
    if (innovation < 0) {
      return region.withSpd(claims);
    }
    List<InnovationSubmission> innovations = new ArrayList<>(region.innovations());
    innovations.set(innovation, innovations.get(innovation).withIndicators(claims));
    return region.withInnovations(innovations);
  }

  @Property(tries = 300)
  void raisingAnOptionNeverLowersAScore(@ForAll("cases") Case c) {
    for (MandatoryRule rule : List.of(MandatoryRule.ROW_ZERO, MandatoryRule.INNOVATION_ZERO)) {
      IidCalculator calculator = new IidCalculator(c.edition().withMandatoryRule(rule));
      RegionSubmission raised = raiseOne(c.edition(), c.region(), new Random(c.seed()));

      RegionResult before = calculator.score(c.region());
      RegionResult after = calculator.score(raised);

      assertThat(after.claimed().iid()).isGreaterThanOrEqualTo(before.claimed().iid());
      assertThat(after.validated().iid()).isGreaterThanOrEqualTo(before.validated().iid());
      assertThat(after.claimed().total()).isGreaterThanOrEqualTo(before.claimed().total());
    }
  }

  @Property(tries = 300)
  void iidStaysBetweenZeroAndOneHundredAndValidationNeverAdds(@ForAll("cases") Case c) {
    RegionResult result = new IidCalculator(c.edition()).score(c.region());

    for (IidScore score : List.of(result.claimed(), result.validated())) {
      assertThat(score.iid()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
      assertThat(score.spd()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(63));
      assertThat(score.sid()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(187));
    }
    assertThat(result.validated().iid()).isLessThanOrEqualTo(result.claimed().iid());
  }

  @Provide
  Arbitrary<List<RegionSubmission>> editions2026() {
    return Generators.regions(RubricCatalogue.edition(2026), 15);
  }

  @Property(tries = 60)
  void orderOfInnovationsAndRegionsNeverMatters(
      @ForAll("editions2026") List<RegionSubmission> regions) {
    EditionScoring scoring = new EditionScoring(RubricCatalogue.edition(2026));
    List<RegionSubmission> shuffled = new ArrayList<>();
    Random random = new Random(regions.size());
    for (RegionSubmission region : regions) {
      List<InnovationSubmission> innovations = new ArrayList<>(region.innovations());
      Collections.shuffle(innovations, random);
      shuffled.add(region.withInnovations(innovations));
    }
    Collections.shuffle(shuffled, random);

    EditionResult a = scoring.score(regions);
    EditionResult b = scoring.score(shuffled);

    assertThat(b.categories()).isEqualTo(a.categories());
    assertThat(b.national()).isEqualTo(a.national());
    for (RegionResult region : a.regions()) {
      RegionResult other = b.region(region.region().code());
      assertThat(other.claimed()).isEqualTo(region.claimed());
      assertThat(other.validated()).isEqualTo(region.validated());
      assertThat(other.validationLosses()).isEqualTo(region.validationLosses());
    }
  }

  @Property(tries = 30)
  void sameInputGivesTheSameOutputBitForBit(
      @ForAll("editions2026") List<RegionSubmission> regions) {
    JsonMapper json = JsonMapper.builder().build();

    String first =
        json.writeValueAsString(new EditionScoring(RubricCatalogue.edition(2026)).score(regions));
    String second =
        json.writeValueAsString(
            new EditionScoring(RubricCatalogue.edition(2026)).score(List.copyOf(regions)));

    assertThat(second).isEqualTo(first);
  }

  @Property(tries = 40)
  void incrementalScoreboardAgreesWithAFullRecompute(
      @ForAll("editions2026") List<RegionSubmission> regions, @ForAll long seed) {
    Edition edition = RubricCatalogue.edition(2026);
    EditionScoreboard board = EditionScoreboard.of(edition, RankingPolicy.DEFAULT, regions);
    Random random = new Random(seed);
    List<RegionSubmission> current = new ArrayList<>(regions);
    for (int step = 0; step < 20; step++) {
      int r = random.nextInt(current.size());
      RegionSubmission region = current.get(r);
      List<InnovationSubmission> innovations = new ArrayList<>(region.innovations());
      if (!innovations.isEmpty() && random.nextInt(3) == 0) {
        InnovationSubmission gone = innovations.remove(random.nextInt(innovations.size()));
        board.removeInnovation(region.region().code(), gone.id());
      } else {
        InnovationSubmission added =
            Generators.innovation(edition, "new-" + step).generator(10).next(random).value();
        innovations.add(added);
        board.putInnovation(region.region().code(), added);
      }
      current.set(r, region.withInnovations(innovations));
    }

    EditionResult full = new EditionScoring(edition).score(current);

    for (var category : full.categories()) {
      for (RankedEntry entry : category.entries()) {
        assertThat(board.rank(category.category(), entry.standing().regionCode()))
            .isEqualTo(entry.rank());
      }
      assertThat(board.ranking(category.category()))
          .extracting(RankedEntry::rank, e -> e.standing().regionCode(), e -> e.standing().iid())
          .isEqualTo(
              category.entries().stream()
                  .map(
                      e ->
                          net.jqwik.api.Tuple.of(
                              e.rank(), e.standing().regionCode(), e.standing().iid()))
                  .map(t -> org.assertj.core.groups.Tuple.tuple(t.get1(), t.get2(), t.get3()))
                  .toList());
    }
  }
}
