package id.inovik.query.innovation.projection;

/** Elasticsearch could not take a write for now (overload, unavailable shard); retry later. */
public class TransientIndexException extends RuntimeException {

  public TransientIndexException(String message) {
    super(message);
  }
}
