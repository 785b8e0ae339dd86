package id.inovik.scoring.catalogue;

/** What an empty or rejected mandatory SID indicator does to its innovation. */
public enum MandatoryRule {
  /** The row scores 0 like any other empty row; the explanation flags it. */
  ROW_ZERO,
  /** The innovation's SID_j becomes 0, but it still counts in n. */
  INNOVATION_ZERO,
  /** The innovation is left out of n, the indicator sum and the affair coverage. */
  INNOVATION_EXCLUDED
}
