package id.inovik.command.award;

import id.inovik.command.dispatch.CommandRefusal;

/** The edition or submission a request names does not exist. */
public class AwardNotFoundException extends RuntimeException implements CommandRefusal {

  public AwardNotFoundException(String message) {
    super(message);
  }

  @Override
  public String outcome() {
    return "not_found";
  }
}
