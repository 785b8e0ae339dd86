package id.inovik.scoring.jury;

/**
 * One judge's scoring habits in one score set.
 *
 * @param guarded true when the judge's own statistics were not used (too few evaluations or no
 *     spread); their scores are then placed against the panel's statistics
 * @param reason why guarded, or empty
 */
public record JudgeStats(
    String jurorId, int evaluations, double mean, double sd, boolean guarded, String reason) {}
