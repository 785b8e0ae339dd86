package id.inovik.scoring.catalogue;

import java.util.List;

/**
 * One of the alternative bases on which the benefit indicator (kemanfaatan, #33) can be claimed; an
 * innovation picks exactly one. The option scored is still 1, 2 or 3.
 */
public record BenefitBasis(String code, String label, List<String> options) {
  public BenefitBasis {
    options = List.copyOf(options);
  }
}
