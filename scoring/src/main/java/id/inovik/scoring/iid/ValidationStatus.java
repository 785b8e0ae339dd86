package id.inovik.scoring.iid;

/** What the verification team decided about one claimed option (docs/domain/iid.md#validation). */
public enum ValidationStatus {
  /** Not validated yet: the claimed option stands, but its points are at risk. */
  PENDING,
  /** The evidence supports the claimed option. */
  ACCEPTED,
  /** The evidence supports a lower option than claimed. */
  DOWNGRADED,
  /** Not filled or not conforming: the row scores 0. */
  ZEROED
}
