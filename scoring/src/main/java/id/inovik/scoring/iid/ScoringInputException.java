package id.inovik.scoring.iid;

import java.util.List;

/** A submission that cannot be scored, with every reason found (not just the first). */
public final class ScoringInputException extends RuntimeException {
  private final List<InputError> errors;

  public ScoringInputException(List<InputError> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  public static ScoringInputException of(String field, String reason) {
    return new ScoringInputException(List.of(new InputError(field, reason)));
  }

  public List<InputError> errors() {
    return errors;
  }

  private static String summary(List<InputError> errors) {
    StringBuilder text = new StringBuilder("invalid submission:");
    errors.stream()
        .limit(20)
        .forEach(e -> text.append("\n  ").append(e.field()).append(": ").append(e.reason()));
    if (errors.size() > 20) {
      text.append("\n  ... and ").append(errors.size() - 20).append(" more");
    }
    return text.toString();
  }
}
