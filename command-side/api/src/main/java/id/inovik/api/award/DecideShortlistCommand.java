package id.inovik.api.award;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Decide a shortlist of a jury-only programme from a jury ranking: the entries ranked within the
 * shortlist's size are selected. The ranking must list every eligible entry once (every proposal
 * for the Top 99, the Top 99 for the Top 45).
 */
public record DecideShortlistCommand(
    @TargetAggregateIdentifier String juryId,
    @TargetAggregateVersion Long expectedVersion,
    Shortlist shortlist,
    List<RankedEntry> ranking) {}
