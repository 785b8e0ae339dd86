package id.inovik.api.award;

/**
 * One line of a jury ranking that a shortlist was decided from.
 *
 * @param entryId the entry (a proposal's innovation id)
 * @param rank 1 for the best; ties share a rank
 * @param score the jury value the rank came from (e.g. the normalised weighted total)
 */
public record RankedEntry(String entryId, int rank, double score) {}
