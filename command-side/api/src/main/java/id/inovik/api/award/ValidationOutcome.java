package id.inovik.api.award;

/** What a validator decided on a claim. A decision never raises a claim. */
public enum ValidationOutcome {
  /** The claimed option stands. */
  ACCEPTED,
  /** A lower option, with a note. */
  DOWNGRADED,
  /** The row scores 0 (empty, or the evidence does not support it), with a note. */
  ZEROED,
  /** Quality control keeps the verifier's decision. */
  CONFIRMED
}
