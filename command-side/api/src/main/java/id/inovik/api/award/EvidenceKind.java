package id.inovik.api.award;

/** The document forms the IID application accepts as evidence (docs/domain/fields.md#evidence). */
public enum EvidenceKind {
  /** A general document (PDF by default). */
  UMUM,
  /** An official letter or decree: needs its number and date. */
  RESMI,
  /** A video file or a link to one. */
  VIDEO,
  /** A photo or screenshot. */
  FOTO,
  /** A link to a web page. */
  URL
}
