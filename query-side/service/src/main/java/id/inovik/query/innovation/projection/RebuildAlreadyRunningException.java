package id.inovik.query.innovation.projection;

/** A rebuild was asked for while another one runs. */
public class RebuildAlreadyRunningException extends RuntimeException {

  public RebuildAlreadyRunningException() {
    super("A rebuild is already running");
  }
}
