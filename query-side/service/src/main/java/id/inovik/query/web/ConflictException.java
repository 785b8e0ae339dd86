package id.inovik.query.web;

/** The request cannot be served in the current state; answered with a 409 problem of its type. */
public class ConflictException extends RuntimeException {

  private final String type;
  private final String title;

  /**
   * @param type the problem type, the last segment of {@code /problems/<type>}
   * @param title the problem's title
   * @param detail what happened, for the problem's detail
   */
  public ConflictException(String type, String title, String detail) {
    super(detail);
    this.type = type;
    this.title = title;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }
}
