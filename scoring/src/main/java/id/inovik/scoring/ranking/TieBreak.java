package id.inovik.scoring.ranking;

/**
 * A criterion that decides between entries with the same IID, in the order the policy lists them.
 * All comparisons use the published (two-decimal) numbers, so two entries that look equal on paper
 * are equal here too.
 */
public enum TieBreak {
  /** Higher SID first. */
  HIGHER_SID,
  /** Higher SPD first. */
  HIGHER_SPD,
  /** Earlier completed submission first; an entry without a time comes after those with one. */
  EARLIER_SUBMISSION,
  /** More counted innovations first. */
  MORE_INNOVATIONS
}
