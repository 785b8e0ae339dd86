package id.inovik.command.innovation;

/** One rejected input field and why, in words a region's operator can act on. */
public record FieldViolation(String field, String reason) {}
