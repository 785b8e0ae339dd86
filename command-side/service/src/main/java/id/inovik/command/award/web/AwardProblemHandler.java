package id.inovik.command.award.web;

import static id.inovik.platform.web.BaseProblemHandler.invalidFields;
import static id.inovik.platform.web.BaseProblemHandler.problem;

import id.inovik.command.award.AwardConflictException;
import id.inovik.command.award.AwardIdempotencyKeyReusedException;
import id.inovik.command.award.AwardNotFoundException;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.platform.web.FieldError;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems of the award API, in the same shapes as the rest of the command API: 400 {@code
 * invalid-input} with every failing field under {@code errors}, 404 {@code not-found}, 409 {@code
 * award-stage} (with {@code code} and the edition's {@code stage}) or {@code stale-version} or
 * {@code already-exists}, 422 {@code idempotency-key-reused}. Only for the award controllers;
 * unreadable JSON and unexpected errors fall through to the service's general handler.
 */
@RestControllerAdvice(basePackageClasses = AwardProblemHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AwardProblemHandler {

  @ExceptionHandler(InvalidAwardInputException.class)
  ProblemDetail invalid(InvalidAwardInputException e) {
    return invalidFields(
        "invalid-input",
        "Invalid input",
        "fields",
        e.violations().stream().map(v -> new FieldError(v.field(), v.reason())).toList());
  }

  @ExceptionHandler(AwardConflictException.class)
  ProblemDetail conflict(AwardConflictException e) {
    ProblemDetail p =
        problem(
            HttpStatus.CONFLICT,
            "award-stage",
            "Not allowed in the edition's current stage",
            e.getMessage());
    p.setProperty("code", e.code());
    p.setProperty("stage", e.stage());
    return p;
  }

  @ExceptionHandler(AwardIdempotencyKeyReusedException.class)
  ProblemDetail idempotency(AwardIdempotencyKeyReusedException e) {
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "idempotency-key-reused",
        "Idempotency key reused",
        e.getMessage());
  }

  @ExceptionHandler(AwardNotFoundException.class)
  ProblemDetail notFound(AwardNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
    return problem(
        HttpStatus.NOT_FOUND,
        "not-found",
        "Not found",
        "Nothing is stored under " + e.getAggregateIdentifier());
  }

  @ExceptionHandler(AggregateStreamCreationException.class)
  ProblemDetail duplicate(AggregateStreamCreationException e) {
    return problem(
        HttpStatus.CONFLICT,
        "already-exists",
        "Already exists",
        "This edition is already set up; change it with its own commands.");
  }

  @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class})
  ProblemDetail stale(RuntimeException e) {
    return problem(
        HttpStatus.CONFLICT,
        "stale-version",
        "Changed since you read it",
        "Another change was stored after the version you sent; read it again and retry with its"
            + " current version.");
  }
}
