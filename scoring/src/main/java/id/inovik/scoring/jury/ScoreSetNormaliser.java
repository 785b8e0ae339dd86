package id.inovik.scoring.jury;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Normalises one set of evaluations (already free of conflicts) by the configured method. Regions
 * and judges are processed in sorted order, so the result does not depend on input order.
 */
final class ScoreSetNormaliser {
  private final JuryConfig config;

  ScoreSetNormaliser(JuryConfig config) {
    this.config = config;
  }

  ScoreSetResult normalise(
      List<Evaluation> evaluations, List<ScoreSetResult.ExcludedEvaluation> excluded) {
    Map<String, List<Evaluation>> byJudge = new TreeMap<>();
    Map<String, List<Evaluation>> byRegion = new TreeMap<>();
    for (Evaluation e : evaluations) {
      byJudge.computeIfAbsent(e.jurorId(), j -> new ArrayList<>()).add(e);
      byRegion.computeIfAbsent(e.regionCode(), r -> new ArrayList<>()).add(e);
    }
    double[] all = evaluations.stream().mapToDouble(Evaluation::score).sorted().toArray();
    double panelMean = mean(all);
    double panelSd = sd(all, panelMean);

    Map<String, JudgeStats> stats = new LinkedHashMap<>();
    boolean anyUnguarded = false;
    for (var entry : byJudge.entrySet()) {
      double[] scores = entry.getValue().stream().mapToDouble(Evaluation::score).sorted().toArray();
      double mean = mean(scores);
      double sd = sd(scores, mean);
      String reason =
          scores.length < config.minEvaluationsPerJudge()
              ? "kurang dari " + config.minEvaluationsPerJudge() + " penilaian"
              : sd == 0 ? "semua nilai sama (simpangan 0)" : "";
      anyUnguarded |= reason.isEmpty();
      stats.put(
          entry.getKey(),
          new JudgeStats(entry.getKey(), scores.length, mean, sd, !reason.isEmpty(), reason));
    }
    boolean fallback =
        config.method() != Normalisation.RAW_MEAN
            && config.method() != Normalisation.TRIMMED_MEAN
            && (!anyUnguarded || panelSd == 0);

    Map<String, Double> raw = new TreeMap<>();
    Map<String, Double> normalised = new TreeMap<>();
    Map<String, List<ScoreSetResult.JudgeScore>> judges = new TreeMap<>();
    for (var entry : byRegion.entrySet()) {
      List<Evaluation> scores = new ArrayList<>(entry.getValue());
      scores.sort((a, b) -> a.jurorId().compareTo(b.jurorId()));
      double[] rawScores = scores.stream().mapToDouble(Evaluation::score).toArray();
      double[] values = new double[rawScores.length];
      List<ScoreSetResult.JudgeScore> perJudge = new ArrayList<>();
      for (int i = 0; i < rawScores.length; i++) {
        values[i] =
            fallback
                ? rawScores[i]
                : value(scores.get(i), stats.get(scores.get(i).jurorId()), panelMean, panelSd);
        perJudge.add(
            new ScoreSetResult.JudgeScore(scores.get(i).jurorId(), rawScores[i], values[i]));
      }
      raw.put(entry.getKey(), mean(sortedCopy(rawScores)));
      normalised.put(
          entry.getKey(),
          config.method() == Normalisation.TRIMMED_MEAN
              ? trimmedMean(values)
              : mean(sortedCopy(values)));
      judges.put(entry.getKey(), perJudge);
    }
    if (config.method() == Normalisation.Z_SCORE_RANGE && !fallback) {
      rescaleToRawRange(raw, normalised);
    }
    return new ScoreSetResult(
        raw, normalised, judges, List.copyOf(stats.values()), excluded, fallback);
  }

  private double value(Evaluation e, JudgeStats judge, double panelMean, double panelSd) {
    double z =
        judge.guarded()
            ? (panelSd == 0 ? 0 : (e.score() - panelMean) / panelSd)
            : (e.score() - judge.mean()) / judge.sd();
    return switch (config.method()) {
      case RAW_MEAN, TRIMMED_MEAN -> e.score();
      case Z_SCORE, Z_SCORE_RANGE -> z;
      case PANEL_RESCALE -> judge.guarded() ? e.score() : panelMean + panelSd * z;
    };
  }

  private double trimmedMean(double[] values) {
    double[] sorted = sortedCopy(values);
    if (sorted.length < config.trimMinJudges()) {
      return mean(sorted);
    }
    return mean(Arrays.copyOfRange(sorted, 1, sorted.length - 1));
  }

  private static void rescaleToRawRange(Map<String, Double> raw, Map<String, Double> normalised) {
    double rawMin = raw.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double rawMax = raw.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double zMin = normalised.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double zMax = normalised.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    normalised.replaceAll(
        (region, z) ->
            zMax == zMin
                ? raw.get(region)
                : rawMin + (z - zMin) / (zMax - zMin) * (rawMax - rawMin));
  }

  /** Sums sorted values so that the mean does not depend on the order scores arrived in. */
  static double mean(double[] sorted) {
    if (sorted.length == 0) {
      return 0;
    }
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return sum / sorted.length;
  }

  /** Population standard deviation. */
  static double sd(double[] sorted, double mean) {
    if (sorted.length < 2) {
      return 0;
    }
    double squares = 0;
    for (double v : sorted) {
      squares += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(squares / sorted.length);
    return sd < 1e-12 ? 0 : sd;
  }

  private static double[] sortedCopy(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
