package id.inovik.scoring.ranking;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a ranking needs of one region: its published numbers.
 *
 * @param submittedAt completion time of the submission, or null
 */
public record Standing(
    String regionCode,
    String name,
    BigDecimal iid,
    BigDecimal sid,
    BigDecimal spd,
    int innovations,
    String predikat,
    Instant submittedAt) {}
