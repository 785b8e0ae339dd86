package id.inovik.api.award;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Set up an edition of a programme.
 *
 * @param editionId {@link EditionIds#edition(String, int)} of programme and year
 * @param rubricEdition the scoring catalogue edition (IID programmes); null takes the year
 * @param categories the award categories; empty takes the rubric edition's
 * @param idempotencyKey client-supplied key, or null
 * @param requestFingerprint digest of the request, to tell a replay from a reused key
 */
public record CreateEditionCommand(
    @TargetAggregateIdentifier String editionId,
    String programme,
    int year,
    Integer rubricEdition,
    List<EditionCategory> categories,
    List<StageSchedule> schedule,
    String idempotencyKey,
    String requestFingerprint) {}
