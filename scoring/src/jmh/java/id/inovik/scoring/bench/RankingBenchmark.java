package id.inovik.scoring.bench;

import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.iid.EditionScoreboard;
import id.inovik.scoring.iid.InnovationSubmission;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.ranking.RankingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ranking one national edition: 546 regions, 40,000 innovations x 20 indicators (issue target: a
 * full recompute under 1 s, an incremental update under 1 ms). The raw baseline does the same
 * arithmetic on primitive arrays (weight x option summed per innovation and region, IID keys
 * sorted), the floor any implementation pays; the README reports the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RankingBenchmark {
  @Param({"40000"})
  int innovations;

  Edition edition;
  List<RegionSubmission> submissions;
  EditionScoreboard scoreboard;
  List<InnovationSubmission> changes;
  List<String> changeRegions;
  List<String> changeCategories;
  int next;

  int[][] rawOptions;
  int[] rawRegionOf;
  long[] rawWeights;
  long[] rawSpd;

  @Setup(Level.Trial)
  public void setUp() {
    edition = RubricCatalogue.edition(2026);
    submissions = NationalEdition.submissions(edition, innovations, 2026);
    scoreboard = EditionScoreboard.of(edition, RankingPolicy.DEFAULT, submissions);
    SplittableRandom random = new SplittableRandom(7);
    changes = new ArrayList<>();
    changeRegions = new ArrayList<>();
    changeCategories = new ArrayList<>();
    for (int i = 0; i < 4096; i++) {
      RegionSubmission region = submissions.get(random.nextInt(submissions.size()));
      if (region.innovations().isEmpty()) {
        continue;
      }
      InnovationSubmission old =
          region.innovations().get(random.nextInt(region.innovations().size()));
      changes.add(NationalEdition.innovation(edition, old.id(), random));
      changeRegions.add(region.region().code());
      changeCategories.add(edition.categoriesOf(region.region()).getFirst().code());
    }

    rawWeights =
        edition.indicators().stream()
            .filter(i -> i.aspect().name().equals("SID"))
            .mapToLong(i -> i.weightHundredths())
            .toArray();
    int total = submissions.stream().mapToInt(s -> s.innovations().size()).sum();
    rawOptions = new int[total][];
    rawRegionOf = new int[total];
    rawSpd = new long[submissions.size()];
    int at = 0;
    for (int r = 0; r < submissions.size(); r++) {
      rawSpd[r] = 4000;
      for (InnovationSubmission innovation : submissions.get(r).innovations()) {
        rawOptions[at] =
            innovation.indicators().values().stream().mapToInt(c -> c.validatedOption()).toArray();
        rawRegionOf[at++] = r;
      }
    }
  }

  /** Floor: weighted sums on primitive arrays, one division per region, one sort. */
  @Benchmark
  public long[] rawBaselineFullRanking() {
    long[] sums = new long[rawSpd.length];
    int[] counts = new int[rawSpd.length];
    for (int i = 0; i < rawOptions.length; i++) {
      int[] options = rawOptions[i];
      long sid = 0;
      for (int k = 0; k < options.length; k++) {
        sid += rawWeights[k] * options[k];
      }
      sums[rawRegionOf[i]] += sid;
      counts[rawRegionOf[i]]++;
    }
    long[] keys = new long[rawSpd.length];
    for (int r = 0; r < keys.length; r++) {
      int divisor = Math.max(12, counts[r]);
      keys[r] =
          ((rawSpd[r] * divisor + sums[r] + 38L * Math.min(counts[r], 200) * divisor)
                      * 10_000
                      / (divisor * 25_000L))
                  << 16
              | r;
    }
    Arrays.sort(keys);
    return keys;
  }

  /** Everything from the claims: scores, coverage rules, standings and every category's ranking. */
  @Benchmark
  public void fullRecompute(Blackhole hole) {
    EditionScoreboard board = EditionScoreboard.of(edition, RankingPolicy.DEFAULT, submissions);
    for (var category : edition.awardCategories()) {
      hole.consume(board.ranking(category.code()));
    }
  }

  /** The same plus the complete explanation of every region (what the CLI prints). */
  @Benchmark
  public Object fullRecomputeWithExplanations() {
    return new EditionScoring(edition).score(submissions);
  }

  /** One changed innovation: its region's totals, its place in its categories, its new rank. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public BigDecimal incrementalUpdate() {
    int i = next++ % changes.size();
    scoreboard.putInnovation(changeRegions.get(i), changes.get(i));
    return scoreboard.rank(changeCategories.get(i), changeRegions.get(i));
  }
}
