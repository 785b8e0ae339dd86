package id.inovik.scoring.jury;

/**
 * How judges' scores are made comparable before they are averaged per region
 * (docs/domain/awards.md#normalisation). Every method keeps the raw mean beside the normalised
 * value.
 */
public enum Normalisation {
  /** Plain mean of the judges' scores. */
  RAW_MEAN,
  /**
   * Per-judge z-score, z = (x - mean_judge) / sd_judge, averaged per region; the result is in
   * standard deviations, not points.
   */
  Z_SCORE,
  /**
   * Z_SCORE, then mapped linearly so the lowest and highest region land on the raw means' range.
   */
  Z_SCORE_RANGE,
  /** Each judge given the panel's mean and spread: x' = mean_panel + sd_panel x z; points scale. */
  PANEL_RESCALE,
  /** Drop the highest and lowest score of a region when at least five judges scored it. */
  TRIMMED_MEAN
}
