package id.inovik.scoring.jury;

import id.inovik.scoring.ranking.TieMethod;

/**
 * How jury scores are normalised and combined. The weights of the final value are relative (they
 * need not sum to 1). The public sources say only "final = presentation + field validation"
 * (docs/domain/awards.md#final-value); the default 50/50 without the IID is our assumption and a
 * setting.
 *
 * @param minEvaluationsPerJudge below this a judge's scores are not z-scored on their own
 *     statistics but against the panel's (guard of docs/domain/awards.md#normalisation)
 * @param trimMinJudges TRIMMED_MEAN drops high and low only from this many judges up
 */
public record JuryConfig(
    Normalisation method,
    double iidWeight,
    double presentationWeight,
    double fieldWeight,
    int minEvaluationsPerJudge,
    int trimMinJudges,
    TieMethod tieMethod) {

  public static final JuryConfig DEFAULT =
      new JuryConfig(Normalisation.PANEL_RESCALE, 0, 0.5, 0.5, 2, 5, TieMethod.STANDARD);

  public JuryConfig {
    method = method == null ? Normalisation.PANEL_RESCALE : method;
    tieMethod = tieMethod == null ? TieMethod.STANDARD : tieMethod;
    if (iidWeight < 0 || presentationWeight < 0 || fieldWeight < 0) {
      throw new IllegalArgumentException("weights cannot be negative");
    }
    if (iidWeight + presentationWeight + fieldWeight <= 0) {
      throw new IllegalArgumentException("at least one weight must be positive");
    }
    if (minEvaluationsPerJudge < 2) {
      throw new IllegalArgumentException("a judge needs at least 2 evaluations to have a spread");
    }
    if (trimMinJudges < 3) {
      throw new IllegalArgumentException("trimming needs at least 3 judges");
    }
  }

  public JuryConfig withMethod(Normalisation other) {
    return new JuryConfig(
        other,
        iidWeight,
        presentationWeight,
        fieldWeight,
        minEvaluationsPerJudge,
        trimMinJudges,
        tieMethod);
  }
}
