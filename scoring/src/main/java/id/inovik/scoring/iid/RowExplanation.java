package id.inovik.scoring.iid;

import java.math.BigDecimal;

/**
 * One indicator row: weight x option on both sides, with the catalogue's Indonesian texts.
 *
 * @param claimedPoints weight x claimed option
 * @param validatedPoints weight x validated option
 * @param basis the benefit basis chosen, or null
 */
public record RowExplanation(
    String code,
    String label,
    String variable,
    BigDecimal weight,
    boolean mandatory,
    int claimedOption,
    String claimedOptionText,
    int validatedOption,
    String validatedOptionText,
    ValidationStatus status,
    BigDecimal claimedPoints,
    BigDecimal validatedPoints,
    String basis,
    String note) {}
