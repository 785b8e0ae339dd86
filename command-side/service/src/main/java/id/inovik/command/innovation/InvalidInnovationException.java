package id.inovik.command.innovation;

import java.util.List;

/** A command carried input that breaks the innovation rules; nothing was written. */
public class InvalidInnovationException extends RuntimeException {

  private final List<FieldViolation> violations;

  public InvalidInnovationException(List<FieldViolation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  private static String describe(List<FieldViolation> violations) {
    StringBuilder sb = new StringBuilder("Invalid innovation input:");
    violations.forEach(
        v -> sb.append(' ').append(v.field()).append(" (").append(v.reason()).append(')'));
    return sb.toString();
  }
}
