package id.inovik.scoring.jury;

import java.util.List;

/** The jury stage of an edition: both score sets, each nominee's values, rankings per category. */
public record JuryResult(
    JuryConfig config,
    String rubric,
    ScoreSetResult presentation,
    ScoreSetResult field,
    List<JuryRegionResult> regions,
    List<JuryRanking> rankings) {}
