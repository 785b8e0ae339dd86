package id.inovik.query.web;

/** The requested resource does not exist; answered with a 404 problem. */
public class NotFoundException extends RuntimeException {

  private final String title;

  public NotFoundException(String title, String detail) {
    super(detail);
    this.title = title;
  }

  public String title() {
    return title;
  }
}
