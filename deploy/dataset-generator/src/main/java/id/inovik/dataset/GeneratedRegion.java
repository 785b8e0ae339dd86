package id.inovik.dataset;

import id.inovik.api.region.Region;
import java.time.Instant;
import java.util.List;

/**
 * A region's part of one edition: its SPD claims and its innovations.
 *
 * @param submittedAt when it completed its submission (the ranking tie-break)
 * @param border on the edition's initial list of border areas (daerah perbatasan)
 * @param underdeveloped on the edition's initial list of underdeveloped regions (daerah tertinggal)
 */
public record GeneratedRegion(
    Region region,
    int edition,
    Instant submittedAt,
    boolean border,
    boolean underdeveloped,
    List<GeneratedClaim> spd,
    List<GeneratedInnovation> innovations) {}
