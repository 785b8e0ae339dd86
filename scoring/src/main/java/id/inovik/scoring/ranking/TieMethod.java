package id.inovik.scoring.ranking;

/**
 * How entries that compare equal share ranks (docs/domain/awards.md#ties), with the pandas/SAS
 * names.
 */
public enum TieMethod {
  /** Standard competition "1224": tied entries take the best rank of their group (pandas "min"). */
  STANDARD,
  /** Modified competition "1334": tied entries take the worst rank of their group ("max"). */
  MODIFIED,
  /** Dense "1223": tied entries share a rank and the next group takes the next integer. */
  DENSE,
  /** Fractional "1 2.5 2.5 4": tied entries take the mean of the positions they span. */
  FRACTIONAL,
  /** Ordinal "1234": ties broken by display order (region code); no rank is shared. */
  ORDINAL
}
