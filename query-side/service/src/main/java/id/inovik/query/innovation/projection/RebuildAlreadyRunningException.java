package id.inovik.query.innovation.projection;

import id.inovik.query.web.ConflictException;

/** A rebuild was asked for while another one runs. */
public class RebuildAlreadyRunningException extends ConflictException {

  public RebuildAlreadyRunningException() {
    super("rebuild-running", "Rebuild already running", "A rebuild is already running");
  }
}
