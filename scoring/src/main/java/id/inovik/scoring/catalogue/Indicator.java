package id.inovik.scoring.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One scored row of the IID form: row score = weight (bobot) x chosen option (1, 2 or 3), 0 when
 * empty or rejected.
 *
 * @param code row code as printed in the guideline ("1", "2a", "16", ...)
 * @param weight bobot, at most two decimals
 * @param options Indonesian text of options 1, 2 and 3
 * @param benefitBases alternative bases (only the benefit indicator has them)
 */
public record Indicator(
    String code,
    Aspect aspect,
    String variable,
    String label,
    BigDecimal weight,
    boolean mandatory,
    List<String> options,
    List<BenefitBasis> benefitBases) {

  /** Number of options every indicator row offers. */
  public static final int OPTION_COUNT = 3;

  public Indicator {
    options = List.copyOf(options);
    benefitBases = List.copyOf(benefitBases);
    if (options.size() != OPTION_COUNT) {
      throw new IllegalArgumentException("indicator " + code + " must have 3 options");
    }
    if (weight.signum() <= 0 || weight.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "indicator " + code + " weight must be positive with at most two decimals: " + weight);
    }
  }

  /** The weight in hundredths of a point, so that sums are exact integers. */
  public long weightHundredths() {
    return weight.movePointRight(2).longValueExact();
  }

  /** Label of option 1..3, or "(kosong)" for 0. */
  public String optionLabel(int option) {
    return option == 0 ? "(kosong)" : options.get(option - 1);
  }

  public Optional<BenefitBasis> benefitBasis(String basisCode) {
    return benefitBases.stream().filter(b -> b.code().equalsIgnoreCase(basisCode)).findFirst();
  }
}
