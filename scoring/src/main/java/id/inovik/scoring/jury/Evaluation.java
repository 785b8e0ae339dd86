package id.inovik.scoring.jury;

/**
 * One juror's score of one region on a 0-100 scale: a presentation total (already weighted by the
 * rubric) or a field-validation score.
 */
public record Evaluation(String jurorId, String regionCode, double score) {}
