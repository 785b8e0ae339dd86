package id.inovik.scoring.ranking;

import java.util.List;

/** The ranked entries of one award category (or the national list), best first. */
public record CategoryRanking(String category, String label, List<RankedEntry> entries) {}
