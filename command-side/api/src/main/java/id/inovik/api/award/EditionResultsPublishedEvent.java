package id.inovik.api.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The edition's results were published under a decree. The event holds the final standings of every
 * category as the scoring engine computed them, with the rubric's fingerprint and the engine's
 * version, so what was announced stays exactly as announced even if the rubric data is corrected
 * later. Published once; winners no longer change after it.
 */
@Revision("1")
public record EditionResultsPublishedEvent(
    String editionId,
    String programme,
    int year,
    String decreeNumber,
    LocalDate decreeDate,
    List<PublishedCategory> categories,
    Instant publishedAt)
    implements EditionEvent {}
