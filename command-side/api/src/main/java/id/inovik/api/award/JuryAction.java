package id.inovik.api.award;

/** What a juror tried to do when a conflict of interest refused it. */
public enum JuryAction {
  ASSIGNMENT,
  PRESENTATION_SCORE,
  FIELD_SCORE
}
