package id.inovik.platform.web;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The RFC 9457 problem answers both services give: a problem whose type is {@code
 * /problems/<name>}, a 400 that lists every bad field under {@code errors}, and a logged 500 for
 * what nothing else maps. A service extends it in a {@code @RestControllerAdvice} and adds the
 * mappings of its own exceptions; Spring MVC's own exceptions keep the answers of {@link
 * ResponseEntityExceptionHandler}.
 */
public abstract class BaseProblemHandler extends ResponseEntityExceptionHandler {

  private final Logger log = LoggerFactory.getLogger(getClass());
  private final String failure;
  private final String unexpectedDetail;

  /**
   * @param failure what failed, for the log of an unexpected exception ("Command", "Query")
   * @param unexpectedDetail the detail of the 500 answer: what did or did not happen
   */
  protected BaseProblemHandler(String failure, String unexpectedDetail) {
    this.failure = failure;
    this.unexpectedDetail = unexpectedDetail;
  }

  @ExceptionHandler(Exception.class)
  public ProblemDetail unexpected(Exception e) {
    log.error("{} failed unexpectedly", failure, e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error", unexpectedDetail);
  }

  /** A problem of type {@code /problems/<type>}. */
  public static ProblemDetail problem(
      HttpStatusCode status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("/problems/" + type));
    p.setTitle(title);
    return p;
  }

  /**
   * A 400 listing every bad field under {@code errors}. The detail names the field when there is
   * one ("size must be between 0 and 100"), else counts them ("3 fields are invalid").
   *
   * @param what the plural the count uses: "fields", "parameters"
   */
  public static ProblemDetail invalidFields(
      String type, String title, String what, List<FieldError> errors) {
    ProblemDetail p =
        problem(
            HttpStatus.BAD_REQUEST,
            type,
            title,
            errors.size() == 1
                ? errors.getFirst().field() + " " + errors.getFirst().reason()
                : errors.size() + " " + what + " are invalid");
    p.setProperty("errors", List.copyOf(errors));
    return p;
  }
}
