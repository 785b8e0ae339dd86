package id.inovik.api.award;

import java.time.LocalDate;

/**
 * What backs a claim: metadata only, never the file. A file is named by its content hash (SHA-256,
 * 64 hex digits), a page or video by its URL; at least one of the two is given.
 *
 * @param number the letter's number, required for {@link EvidenceKind#RESMI}
 * @param date the letter's date, required for {@link EvidenceKind#RESMI}
 */
public record Evidence(
    EvidenceKind kind,
    String title,
    String number,
    LocalDate date,
    String url,
    String contentHash) {}
