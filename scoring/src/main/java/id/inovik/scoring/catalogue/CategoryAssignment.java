package id.inovik.scoring.catalogue;

/** How a region matching several award categories is placed. */
public enum CategoryAssignment {
  /** Ranked in every category it matches. */
  ALL_MATCHING,
  /** Ranked only in the first matching category in catalogue order. */
  FIRST_MATCH
}
