package id.inovik.command.innovation;

/**
 * One rejected input field and why, in words a region's operator can act on.
 *
 * <p>The domain's own record, not the web's {@code FieldError}: the aggregate, the profile rules
 * and the import report with it without depending on the web layer, which answers it as one.
 */
public record FieldViolation(String field, String reason) {}
