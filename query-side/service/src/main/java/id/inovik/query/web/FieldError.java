package id.inovik.query.web;

/** One bad request parameter and why, e.g. {@code size}: "must be between 0 and 100". */
public record FieldError(String field, String reason) {}
