package id.inovik.command.web;

import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.IdempotencyKeyReusedException;
import id.inovik.command.innovation.InvalidInnovationException;
import id.inovik.command.innovation.LifecycleViolationException;
import id.inovik.platform.web.BaseProblemHandler;
import id.inovik.platform.web.FieldError;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Maps every rejection of a command to an RFC 9457 problem response (the shared answers come from
 * {@link BaseProblemHandler}). Input problems list each field with its reason under {@code errors};
 * nothing is written when a problem is returned.
 */
@RestControllerAdvice
class ProblemHandler extends BaseProblemHandler {

  ProblemHandler() {
    super(
        "Command", "The command could not be processed; nothing was written. See the service log.");
  }

  @ExceptionHandler(InvalidInnovationException.class)
  ProblemDetail invalid(InvalidInnovationException e) {
    return invalidInput(e.violations());
  }

  @ExceptionHandler(LifecycleViolationException.class)
  ProblemDetail lifecycle(LifecycleViolationException e) {
    ProblemDetail p =
        problem(
            HttpStatus.CONFLICT, "lifecycle", "Not allowed in the current stage", e.getMessage());
    p.setProperty("code", e.code());
    p.setProperty("stage", e.stage() == null ? null : e.stage().name());
    return p;
  }

  @ExceptionHandler(IdempotencyKeyReusedException.class)
  ProblemDetail idempotency(IdempotencyKeyReusedException e) {
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "idempotency-key-reused",
        "Idempotency key reused",
        e.getMessage());
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ProblemDetail notFound(AggregateNotFoundException e) {
    return problem(
        HttpStatus.NOT_FOUND,
        "not-found",
        "Innovation not found",
        "No innovation with id " + e.getAggregateIdentifier());
  }

  @ExceptionHandler(AggregateStreamCreationException.class)
  ProblemDetail duplicate(AggregateStreamCreationException e) {
    return problem(
        HttpStatus.CONFLICT,
        "already-exists",
        "Innovation already exists",
        "An innovation with this identifier is already stored.");
  }

  @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class})
  ProblemDetail stale(RuntimeException e) {
    return problem(
        HttpStatus.CONFLICT,
        "stale-version",
        "The innovation changed since you read it",
        "Another change was stored after the version you sent; read the innovation again and"
            + " retry with its current version.");
  }

  /**
   * A body field that does not bind, found after the body was read (a PATCH merged onto a profile).
   */
  @ExceptionHandler(JacksonException.class)
  ProblemDetail unbindable(JacksonException e) {
    return invalidInput(List.of(violationOf(e)));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest().body(invalidInput(List.of(violationOf(ex))));
  }

  private static FieldViolation violationOf(HttpMessageNotReadableException ex) {
    if (ex.getCause() instanceof JacksonException jackson) {
      return violationOf(jackson);
    }
    return new FieldViolation("body", "is missing or not valid JSON");
  }

  private static FieldViolation violationOf(JacksonException jackson) {
    String field = path(jackson);
    if (jackson instanceof UnrecognizedPropertyException unknown) {
      return new FieldViolation(
          field.isEmpty() ? unknown.getPropertyName() : field, "is not a known field");
    }
    if (jackson instanceof InvalidFormatException format && format.getTargetType() != null) {
      Class<?> target = format.getTargetType();
      String reason =
          target.isEnum()
              ? "must be one of " + List.of(target.getEnumConstants())
              : "has the wrong format for "
                  + target.getSimpleName()
                  + (target.getSimpleName().equals("LocalDate") ? " (use YYYY-MM-DD)" : "");
      return new FieldViolation(field, reason);
    }
    if (!field.isEmpty()) {
      return new FieldViolation(field, "has the wrong type or format");
    }
    return new FieldViolation("body", "is not valid JSON: " + jackson.getOriginalMessage());
  }

  private static String path(JacksonException e) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static ProblemDetail invalidInput(List<FieldViolation> violations) {
    return invalidFields(
        "invalid-input",
        "Invalid input",
        "fields",
        violations.stream().map(v -> new FieldError(v.field(), v.reason())).toList());
  }
}
