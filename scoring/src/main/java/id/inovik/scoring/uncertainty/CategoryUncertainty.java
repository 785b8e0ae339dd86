package id.inovik.scoring.uncertainty;

import java.util.List;

/** Rank intervals of one category's members, in the order of their point-estimate rank. */
public record CategoryUncertainty(String category, String label, List<RankInterval> regions) {}
