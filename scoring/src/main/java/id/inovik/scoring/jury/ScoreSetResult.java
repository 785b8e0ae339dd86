package id.inovik.scoring.jury;

import java.util.List;
import java.util.Map;

/**
 * One normalised score set (presentation or field validation).
 *
 * @param raw raw mean per region
 * @param normalised normalised value per region
 * @param judges per region: each counted judge's raw and normalised score, side by side
 * @param fallbackToRaw true when normalisation was impossible (no spread at all) and raw was used
 */
public record ScoreSetResult(
    Map<String, Double> raw,
    Map<String, Double> normalised,
    Map<String, List<JudgeScore>> judges,
    List<JudgeStats> judgeStats,
    List<ExcludedEvaluation> excluded,
    boolean fallbackToRaw) {

  /** A judge's raw score of a region and what normalisation made of it. */
  public record JudgeScore(String jurorId, double raw, double normalised) {}

  /** An evaluation left out, with the reason (e.g. conflict of interest). */
  public record ExcludedEvaluation(String jurorId, String regionCode, String reason) {}
}
