package id.inovik.scoring.jury;

/**
 * A nominee's jury scores, raw and normalised side by side.
 *
 * @param iid the region's validated IID (0 when not given)
 * @param presentationRaw mean of the judges' weighted presentation totals, or null when none
 * @param presentationNormalised normalised presentation value, or null when none
 * @param fieldRaw mean field-validation score, or null when none
 * @param fieldNormalised normalised field-validation value, or null when none
 * @param finalRaw the configured combination of raw values, or null when incomplete
 * @param finalNormalised the configured combination of normalised values (this ranks), or null
 * @param complete false when a component with a positive weight is missing: not ranked
 */
public record JuryRegionResult(
    String regionCode,
    String name,
    double iid,
    Double presentationRaw,
    Double presentationNormalised,
    Double fieldRaw,
    Double fieldNormalised,
    Double finalRaw,
    Double finalNormalised,
    boolean complete) {}
