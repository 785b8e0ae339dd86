package id.inovik.command.innovation;

/**
 * Result of a proposal: the version, and whether this request created the innovation (false when an
 * idempotency key was replayed).
 */
public record ProposalOutcome(long version, boolean created) {}
