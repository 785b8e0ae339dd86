package id.inovik.dataset;

/** How much to generate. */
public enum Scale {
  /** A few dozen innovations in a dozen real regions: the local run's demo. */
  DEMO,
  /** One edition at its published volume (e.g. 36,742 innovations from 531 regions for 2025). */
  EDITION,
  /** Every published edition, 2018-2025 (about 178,000 innovations). */
  HISTORY
}
