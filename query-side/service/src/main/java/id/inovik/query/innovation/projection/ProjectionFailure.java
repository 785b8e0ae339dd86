package id.inovik.query.innovation.projection;

/** A record the projection could not apply, and why. */
public record ProjectionFailure(SourceRecord source, Reason reason, String message) {

  /** Why a record was not applied; the metric tag and dead-letter header use {@link #tag()}. */
  public enum Reason {
    /** The envelope or the payload is not JSON of the expected shape. */
    UNPARSEABLE,
    /** The envelope names an event type this service does not know. */
    UNKNOWN_TYPE,
    /** A lifecycle event for an innovation that has no document. */
    MISSING_DOCUMENT,
    /** A gap or a second proposal: earlier events of the innovation are missing. */
    OUT_OF_ORDER,
    /** Elasticsearch refused the document (e.g. it does not fit the mapping). */
    REJECTED_BY_INDEX;

    public String tag() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
