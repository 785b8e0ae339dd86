package id.inovik.scoring.iid;

/**
 * The option a region claimed for one indicator row and what validation made of it.
 *
 * @param option claimed option 1..3, or 0 when the row was left empty
 * @param basis the chosen alternative basis of the benefit indicator ("a".."f"), or null
 * @param status the validation outcome
 * @param validatedOption the option that counts after validation (equal to {@code option} unless
 *     downgraded or zeroed)
 * @param note the validator's note, may be empty
 */
public record IndicatorClaim(
    int option, String basis, ValidationStatus status, int validatedOption, String note) {

  public IndicatorClaim {
    if (option < 0 || option > 3) {
      throw new IllegalArgumentException("option must be 0 (empty), 1, 2 or 3, not " + option);
    }
    status = status == null ? ValidationStatus.PENDING : status;
    note = note == null ? "" : note;
    switch (status) {
      case PENDING, ACCEPTED -> validatedOption = option;
      case ZEROED -> validatedOption = 0;
      case DOWNGRADED -> {
        if (validatedOption < 0 || validatedOption >= option) {
          throw new IllegalArgumentException(
              "a downgrade must go to a lower option than the claimed "
                  + option
                  + ", not to "
                  + validatedOption);
        }
        if (validatedOption == 0) {
          status = ValidationStatus.ZEROED;
        }
      }
    }
  }

  /** A claim not validated yet. */
  public static IndicatorClaim claimed(int option) {
    return new IndicatorClaim(option, null, ValidationStatus.PENDING, option, "");
  }

  public IndicatorClaim accepted() {
    return new IndicatorClaim(option, basis, ValidationStatus.ACCEPTED, option, note);
  }

  public IndicatorClaim downgradedTo(int lower, String why) {
    return new IndicatorClaim(option, basis, ValidationStatus.DOWNGRADED, lower, why);
  }

  public IndicatorClaim zeroed(String why) {
    return new IndicatorClaim(option, basis, ValidationStatus.ZEROED, 0, why);
  }

  public IndicatorClaim withBasis(String benefitBasis) {
    return new IndicatorClaim(option, benefitBasis, status, validatedOption, note);
  }

  /** The option that counts on the claimed or on the validated side. */
  public int option(boolean validated) {
    return validated ? validatedOption : option;
  }
}
