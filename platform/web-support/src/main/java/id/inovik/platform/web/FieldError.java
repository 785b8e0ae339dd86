package id.inovik.platform.web;

/**
 * One bad input field and why, in words the caller can act on: an entry of a problem's {@code
 * errors}, e.g. {@code {"field": "size", "reason": "must be between 0 and 100"}}.
 */
public record FieldError(String field, String reason) {}
