package id.inovik.command.award;

/** The edition or submission a request names does not exist. */
public class AwardNotFoundException extends RuntimeException {

  public AwardNotFoundException(String message) {
    super(message);
  }
}
