package id.inovik.api.award;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a juror in the edition's jury (creating the jury with its first juror). Registering the
 * same juror with the same details again writes nothing.
 *
 * @param juryId {@code IGA-2026/jury}
 * @param expectedVersion compared by the handler (the command may create the jury)
 * @param provinceCode the juror's home province, two digits
 */
public record RegisterJurorCommand(
    @TargetAggregateIdentifier String juryId,
    Long expectedVersion,
    String editionId,
    String jurorId,
    String name,
    String provinceCode,
    String idempotencyKey,
    String requestFingerprint) {}
