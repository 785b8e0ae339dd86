package id.inovik.scoring.iid;

/**
 * One reason a submission cannot be scored.
 *
 * @param field JSON-pointer-like path of the offending value, e.g. {@code
 *     regions[3].innovations[0].indicators.33}
 */
public record InputError(String field, String reason) {}
