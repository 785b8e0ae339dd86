package id.inovik.query.web;

import id.inovik.platform.web.BaseProblemHandler;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps every failure of the query API to an RFC 9457 problem response (the shared answers come from
 * {@link BaseProblemHandler}); bad parameters list each field with its reason under {@code errors}.
 */
@RestControllerAdvice
class ProblemHandler extends BaseProblemHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  ProblemHandler() {
    super("Query", "The request could not be answered. See the service log.");
  }

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalid(InvalidRequestException e) {
    return invalidFields("invalid-request", "Invalid request", "parameters", e.errors());
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
}
