package id.inovik.api.award;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The winners of one award category as the plenary decided them, first place first; replaces an
 * earlier list of the same category.
 */
@Revision("1")
public record AwardWinnersDeclaredEvent(
    String editionId,
    String programme,
    int year,
    String category,
    List<String> regionCodes,
    Instant declaredAt)
    implements EditionEvent {}
