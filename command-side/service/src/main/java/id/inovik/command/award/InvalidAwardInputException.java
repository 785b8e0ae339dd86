package id.inovik.command.award;

import id.inovik.command.dispatch.CommandRefusal;
import id.inovik.command.innovation.FieldViolation;
import java.util.List;

/** Input that breaks the award rules, with every failing field; nothing was written. */
public class InvalidAwardInputException extends RuntimeException implements CommandRefusal {

  private final List<FieldViolation> violations;

  public InvalidAwardInputException(List<FieldViolation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  /** Throws when {@code violations} is not empty. */
  public static void rejectIfAny(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidAwardInputException(violations);
    }
  }

  private static String describe(List<FieldViolation> violations) {
    StringBuilder sb = new StringBuilder("Invalid award input:");
    violations.forEach(
        v -> sb.append(' ').append(v.field()).append(" (").append(v.reason()).append(')'));
    return sb.toString();
  }

  @Override
  public String outcome() {
    return "rejected_invalid";
  }
}
