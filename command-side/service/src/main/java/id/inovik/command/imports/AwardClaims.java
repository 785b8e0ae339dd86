package id.inovik.command.imports;

import id.inovik.api.award.IndicatorClaim;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import java.util.List;

/**
 * What an import needs of the award cycle to claim a file's indicator columns; implemented by the
 * award package (which the import does not depend on), through the same commands as the award API.
 */
public interface AwardClaims {

  /**
   * The rubric of {@code edition} ("IGA-2026") when it collects claims now.
   *
   * @throws ClaimsRefusedException when it does not exist, takes no indicator claims, or its
   *     collection stage is not open (a violation of the field {@code edition})
   */
  Edition rubricCollecting(String edition);

  /** Claims SPD rows of {@code region}; throws what the submission refuses. */
  void claimSpd(String edition, String region, List<IndicatorClaim> claims);

  /** Claims SID rows of one innovation of {@code region}; throws what the submission refuses. */
  void claimInnovation(
      String edition, String region, String innovationId, List<IndicatorClaim> claims);

  /** What the submission would refuse of {@code claims} by the rubric alone (for a dry run). */
  List<FieldViolation> check(List<IndicatorClaim> claims, Aspect aspect, Edition rubric);

  /** Claims refused field by field ({@code claims.16.evidence[0].url}, {@code innovationId}). */
  final class ClaimsRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldViolation> violations;

    public ClaimsRefusedException(List<FieldViolation> violations) {
      super(violations.toString());
      this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
      return violations;
    }
  }
}
