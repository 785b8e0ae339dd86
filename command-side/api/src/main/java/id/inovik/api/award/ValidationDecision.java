package id.inovik.api.award;

/**
 * One decision on one claim.
 *
 * @param innovationId the innovation whose SID row is decided, or null for an SPD row
 * @param option the option that now counts: the claimed one (accepted), a lower one (downgraded), 0
 *     (zeroed), or the verifier's (confirmed). In a command it may be left out except for a
 *     downgrade; the event always carries it.
 */
public record ValidationDecision(
    String innovationId,
    String indicator,
    ValidationOutcome outcome,
    Integer option,
    String note) {}
