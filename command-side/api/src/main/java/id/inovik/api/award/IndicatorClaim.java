package id.inovik.api.award;

import java.util.List;

/**
 * What a region claims on one indicator row: the option chosen (1-3) and its evidence.
 *
 * @param indicator the row code of the rubric, e.g. {@code 2a} or {@code 33}
 * @param benefitBasis the basis of the benefit indicator (a-f), only where the rubric has bases
 */
public record IndicatorClaim(
    String indicator, int option, String benefitBasis, List<Evidence> evidence) {

  public IndicatorClaim {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
