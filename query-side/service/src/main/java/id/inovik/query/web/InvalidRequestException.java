package id.inovik.query.web;

import id.inovik.platform.web.FieldError;
import java.util.List;

/** The request's parameters are wrong; answered with a 400 problem listing every field. */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidRequestException(List<FieldError> errors) {
    super(errors.toString());
    this.errors = List.copyOf(errors);
  }

  public InvalidRequestException(String field, String reason) {
    this(List.of(new FieldError(field, reason)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
