package id.inovik.scoring.uncertainty;

import id.inovik.scoring.catalogue.AwardCategory;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.iid.EditionScorer;
import id.inovik.scoring.iid.IidFormula;
import id.inovik.scoring.iid.InnovationScore;
import id.inovik.scoring.iid.InnovationSubmission;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.jury.Evaluation;
import id.inovik.scoring.jury.Juror;
import id.inovik.scoring.jury.JuryRanking;
import id.inovik.scoring.jury.JuryRegionResult;
import id.inovik.scoring.jury.JuryResult;
import id.inovik.scoring.jury.JuryScoring;
import id.inovik.scoring.ranking.CategoryRanking;
import id.inovik.scoring.ranking.RankedEntry;
import id.inovik.scoring.ranking.RankingPolicy;
import id.inovik.scoring.region.Region;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Rank intervals by a seeded, deterministic bootstrap (docs/domain/awards.md#uncertainty). Over
 * innovations: each replicate redraws every region's counted innovations with replacement (as many
 * as it has) and recomputes its validated IID; the SPD stays. Over jurors: each replicate redraws
 * the panel with replacement (a juror drawn twice counts as two judges) and recomputes the jury
 * stage; a nominee left with no scores in a replicate takes the last rank of its category there.
 *
 * <p>Each replicate of each region draws from its own random stream, seeded from the seed, the
 * replicate number and the region code, so neither input order nor other regions change a region's
 * draws.
 */
public final class RankUncertainty {
  private final Edition edition;
  private final RankingPolicy policy;

  public RankUncertainty(Edition edition, RankingPolicy policy) {
    this.edition = edition;
    this.policy = policy;
  }

  /** Bootstrap over innovations, ranking on the validated IID, then SID, then SPD. */
  public UncertaintyResult overInnovations(
      List<RegionSubmission> submissions, BootstrapConfig config) {
    EditionResult point = new EditionScoring(edition, policy).score(submissions);
    EditionScorer scorer = new EditionScorer(edition);
    IidFormula formula = scorer.formula();
    List<RegionSubmission> regions = new ArrayList<>(submissions);
    regions.sort(Comparator.comparing(s -> s.region().code()));
    int count = regions.size();
    long[] spd = new long[count];
    long[][] sid = new long[count][];
    int[][] masks = new int[count][];
    for (int r = 0; r < count; r++) {
      RegionSubmission submission = regions.get(r);
      spd[r] = scorer.spdHundredths(submission, true);
      List<InnovationSubmission> innovations = new ArrayList<>(submission.innovations());
      innovations.sort(Comparator.comparing(InnovationSubmission::id));
      List<InnovationScore> counted =
          innovations.stream()
              .map(scorer::scoreInnovation)
              .filter(InnovationScore::countedValidated)
              .toList();
      sid[r] = counted.stream().mapToLong(InnovationScore::validatedHundredths).toArray();
      masks[r] = counted.stream().mapToInt(InnovationScore::affairMask).toArray();
    }
    List<Region> regionList = regions.stream().map(RegionSubmission::region).toList();
    IntFunction<long[][]> replicate =
        rep -> {
          long[][] keys = new long[count][];
          for (int r = 0; r < count; r++) {
            SplittableRandom random = stream(config.seed(), rep, regionList.get(r).code());
            int n = sid[r].length;
            long sum = 0;
            int mask = 0;
            for (int d = 0; d < n; d++) {
              int pick = random.nextInt(n);
              sum += sid[r][pick];
              mask |= masks[r][pick];
            }
            keys[r] =
                new long[] {
                  formula.iidHundredths(spd[r], sum, n, mask),
                  formula.sidHundredths(sum, n, mask),
                  spd[r]
                };
          }
          return keys;
        };
    Map<String, Map<String, BigDecimal>> pointRanks = new HashMap<>();
    for (CategoryRanking ranking : point.categories()) {
      Map<String, BigDecimal> ranks = new HashMap<>();
      for (RankedEntry entry : ranking.entries()) {
        ranks.put(entry.standing().regionCode(), entry.rank());
      }
      pointRanks.put(ranking.category(), ranks);
    }
    return run("innovations", regionList, replicate, pointRanks, config);
  }

  /** Bootstrap over jurors of the jury stage; ranks on the final normalised value. */
  public UncertaintyResult overJurors(
      JuryScoring jury,
      Map<String, Region> nominees,
      List<Juror> jurors,
      List<Evaluation> presentationTotals,
      List<Evaluation> field,
      Map<String, Double> iid,
      BootstrapConfig config) {
    JuryResult point = jury.combineChecked(nominees, jurors, presentationTotals, field, iid);
    List<Region> regionList = new ArrayList<>(new TreeMap<>(nominees).values());
    List<Juror> panel = new ArrayList<>(jurors);
    panel.sort(Comparator.comparing(Juror::id));
    Map<String, List<Evaluation>> presentationBy = byJuror(presentationTotals);
    Map<String, List<Evaluation>> fieldBy = byJuror(field);
    IntFunction<long[][]> replicate =
        rep -> {
          SplittableRandom random = stream(config.seed(), rep, "jurors");
          List<Juror> drawn = new ArrayList<>();
          List<Evaluation> p = new ArrayList<>();
          List<Evaluation> f = new ArrayList<>();
          for (int d = 0; d < panel.size(); d++) {
            Juror juror = panel.get(random.nextInt(panel.size()));
            String alias = juror.id() + "#" + d;
            drawn.add(new Juror(alias, juror.name(), juror.provinceCode()));
            presentationBy
                .getOrDefault(juror.id(), List.of())
                .forEach(e -> p.add(new Evaluation(alias, e.regionCode(), e.score())));
            fieldBy
                .getOrDefault(juror.id(), List.of())
                .forEach(e -> f.add(new Evaluation(alias, e.regionCode(), e.score())));
          }
          JuryResult result = jury.combineChecked(nominees, drawn, p, f, iid);
          Map<String, JuryRegionResult> byCode = new HashMap<>();
          result.regions().forEach(r -> byCode.put(r.regionCode(), r));
          long[][] keys = new long[regionList.size()][];
          for (int r = 0; r < regionList.size(); r++) {
            JuryRegionResult value = byCode.get(regionList.get(r).code());
            // Scores compared on a fixed grid of 1e-9 points so that float noise makes no ties
            // differ.
            keys[r] =
                value == null || !value.complete()
                    ? new long[] {Long.MIN_VALUE}
                    : new long[] {Math.round(value.finalNormalised() * 1e9)};
          }
          return keys;
        };
    Map<String, Map<String, BigDecimal>> pointRanks = new HashMap<>();
    for (JuryRanking ranking : point.rankings()) {
      Map<String, BigDecimal> ranks = new HashMap<>();
      ranking.entries().forEach(e -> ranks.put(e.regionCode(), e.rank()));
      pointRanks.put(ranking.category(), ranks);
    }
    return run("jurors", regionList, replicate, pointRanks, config);
  }

  private static Map<String, List<Evaluation>> byJuror(List<Evaluation> evaluations) {
    Map<String, List<Evaluation>> by = new HashMap<>();
    evaluations.forEach(e -> by.computeIfAbsent(e.jurorId(), j -> new ArrayList<>()).add(e));
    return by;
  }

  private UncertaintyResult run(
      String over,
      List<Region> regions,
      IntFunction<long[][]> replicate,
      Map<String, Map<String, BigDecimal>> pointRanks,
      BootstrapConfig config) {
    List<AwardCategory> categories = edition.awardCategories();
    int[][] members = new int[categories.size()][];
    for (int c = 0; c < categories.size(); c++) {
      AwardCategory category = categories.get(c);
      members[c] =
          java.util.stream.IntStream.range(0, regions.size())
              .filter(r -> edition.competesIn(regions.get(r), category))
              .toArray();
    }
    int[][][] ranks = new int[categories.size()][][];
    for (int c = 0; c < categories.size(); c++) {
      ranks[c] = new int[members[c].length][config.replicates()];
    }
    for (int rep = 0; rep < config.replicates(); rep++) {
      long[][] keys = replicate.apply(rep);
      for (int c = 0; c < categories.size(); c++) {
        int[] standard = standardRanks(members[c], keys);
        for (int m = 0; m < standard.length; m++) {
          ranks[c][m][rep] = standard[m];
        }
      }
    }
    List<CategoryUncertainty> result = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      AwardCategory category = categories.get(c);
      Map<String, BigDecimal> point = pointRanks.getOrDefault(category.code(), Map.of());
      List<RankInterval> intervals = new ArrayList<>();
      for (int m = 0; m < members[c].length; m++) {
        int[] sorted = ranks[c][m].clone();
        Arrays.sort(sorted);
        int top = 0;
        for (int rank : sorted) {
          top += rank <= config.topN() ? 1 : 0;
        }
        Region region = regions.get(members[c][m]);
        intervals.add(
            new RankInterval(
                region.code(),
                region.name(),
                point.get(region.code()),
                percentile(sorted, 5),
                percentile(sorted, 50),
                percentile(sorted, 95),
                (double) top / sorted.length));
      }
      intervals.sort(
          Comparator.comparing(
                  RankInterval::rank, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
              .thenComparing(RankInterval::regionCode));
      result.add(new CategoryUncertainty(category.code(), category.label(), intervals));
    }
    return new UncertaintyResult(over, config, result);
  }

  /** Standard competition ranks ("1224") of the members by their keys, highest first. */
  private static int[] standardRanks(int[] members, long[][] keys) {
    Integer[] order = new Integer[members.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Arrays.compare(keys[members[b]], keys[members[a]]));
    int[] ranks = new int[members.length];
    for (int position = 0; position < order.length; position++) {
      boolean tied =
          position > 0
              && Arrays.equals(keys[members[order[position]]], keys[members[order[position - 1]]]);
      ranks[order[position]] = tied ? ranks[order[position - 1]] : position + 1;
    }
    return ranks;
  }

  /** Nearest-rank percentile of sorted values. */
  static int percentile(int[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static SplittableRandom stream(long seed, int replicate, String key) {
    long mixed =
        seed * 0x9E3779B97F4A7C15L
            + (replicate + 1L) * 0xBF58476D1CE4E5B9L
            + key.hashCode() * 0x94D049BB133111EBL;
    return new SplittableRandom(mixed);
  }
}
