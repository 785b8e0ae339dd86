package id.inovik.query.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every failure of the query API to an RFC 9457 problem response; bad parameters list each
 * field with its reason under {@code errors}.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalid(InvalidRequestException e) {
    List<FieldError> errors = e.errors();
    ProblemDetail p =
        problem(
            HttpStatus.BAD_REQUEST,
            "invalid-request",
            "Invalid request",
            errors.size() == 1
                ? errors.getFirst().field() + " " + errors.getFirst().reason()
                : errors.size() + " parameters are invalid");
    p.setProperty(
        "errors",
        errors.stream().map(f -> Map.of("field", f.field(), "reason", f.reason())).toList());
    return p;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", e.title(), e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, e.type(), e.title(), e.getMessage());
  }

  @ExceptionHandler(IOException.class)
  ProblemDetail unavailable(IOException e) {
    log.warn("Elasticsearch unreachable: {}", e.toString());
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "search-unavailable",
        "Search temporarily unavailable",
        "The search index cannot be reached; try again shortly.");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Query failed unexpectedly", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal",
        "Internal error",
        "The request could not be answered. See the service log.");
  }

  private static ProblemDetail problem(
      HttpStatus status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("/problems/" + type));
    p.setTitle(title);
    return p;
  }
}
