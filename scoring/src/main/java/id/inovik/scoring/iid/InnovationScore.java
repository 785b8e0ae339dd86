package id.inovik.scoring.iid;

/**
 * SID_j of one innovation on both sides, after the edition's mandatory-indicator rule.
 *
 * @param claimedHundredths SID_j from the claimed options, in hundredths
 * @param validatedHundredths SID_j after validation, in hundredths
 * @param countedClaimed whether the innovation counts in n on the claimed side
 * @param countedValidated whether it counts in n after validation
 * @param mandatoryMissingClaimed a mandatory row is empty in the claim
 * @param mandatoryMissingValidated a mandatory row is empty or zeroed after validation
 * @param affairMask the basic-service affairs the innovation covers, one bit each
 * @param pendingHundredths validated points that rest on claims not validated yet
 */
public record InnovationScore(
    String id,
    long claimedHundredths,
    long validatedHundredths,
    boolean countedClaimed,
    boolean countedValidated,
    boolean mandatoryMissingClaimed,
    boolean mandatoryMissingValidated,
    int affairMask,
    long pendingHundredths) {

  public long hundredths(boolean validated) {
    return validated ? validatedHundredths : claimedHundredths;
  }

  public boolean counted(boolean validated) {
    return validated ? countedValidated : countedClaimed;
  }
}
