package id.inovik.query.standings;

import id.inovik.api.award.EditionCategory;
import id.inovik.api.award.EditionResultsPublishedEvent;
import java.util.List;
import java.util.Map;

/**
 * An edition as the standings know it from its events.
 *
 * @param rubric the scoring catalogue's edition year that scores its claims, or null (not created
 *     yet, or a programme scored by a jury only)
 * @param nominees region codes per category as declared
 * @param winners region codes per category as declared
 * @param published the plenary's results, or null before publication
 */
public record EditionInfo(
    String editionId,
    String programme,
    int year,
    Integer rubric,
    boolean created,
    List<EditionCategory> categories,
    Map<String, List<String>> nominees,
    Map<String, List<String>> winners,
    EditionResultsPublishedEvent published) {}
