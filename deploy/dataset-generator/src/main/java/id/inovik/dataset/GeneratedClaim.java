package id.inovik.dataset;

import id.inovik.scoring.iid.ValidationStatus;

/**
 * One claimed indicator row with its evidence and the validator's decision.
 *
 * @param option claimed option 0-3 (0 = left empty)
 * @param evidence reference of the supporting document (data dukung), empty for an empty row
 * @param validatedOption option after validation (never above the claim)
 */
public record GeneratedClaim(
    String code,
    int option,
    String evidence,
    ValidationStatus status,
    int validatedOption,
    String note) {}
