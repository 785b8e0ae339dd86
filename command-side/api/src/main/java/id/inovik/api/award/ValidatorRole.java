package id.inovik.api.award;

/** Who decides on a claim in the measurement stage (docs/domain/iid.md#validation). */
public enum ValidatorRole {
  /** The ministry's verifier, who compares the option with its evidence first. */
  VERIFIER,
  /** The university team's quality control, who confirms or overrides the verifier. */
  QUALITY_CONTROL
}
