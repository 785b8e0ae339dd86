package id.inovik.query.innovation.projection;

/** The command service answered 404: the event store has no innovation with this id. */
public class HistoryNotFoundException extends Exception {

  public HistoryNotFoundException(String message) {
    super(message);
  }
}
