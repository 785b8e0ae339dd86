package id.inovik.query.innovation.projection;

/**
 * The command service could not give an innovation's history for now (unreachable, too slow, a 5xx
 * or an answer that is not a history): the batch is retried, nothing is dead-lettered.
 */
public class CommandServiceUnavailableException extends RuntimeException {

  public CommandServiceUnavailableException(String message) {
    super(message);
  }

  public CommandServiceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
