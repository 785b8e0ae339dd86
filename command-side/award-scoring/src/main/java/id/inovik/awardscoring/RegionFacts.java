package id.inovik.awardscoring;

/**
 * What the scoring engine needs to know about a region beyond its claims: its name and whether it
 * is on the border or underdeveloped list of the edition (award categories).
 */
public record RegionFacts(String code, String name, boolean border, boolean underdeveloped) {}
