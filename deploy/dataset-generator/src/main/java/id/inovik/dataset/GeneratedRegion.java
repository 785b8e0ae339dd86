package id.inovik.dataset;

import id.inovik.api.region.Region;
import java.time.Instant;
import java.util.List;

/**
 * A region's part of one edition: its SPD claims and its innovations.
 *
 * @param submittedAt when it completed its submission (the ranking tie-break)
 */
public record GeneratedRegion(
    Region region,
    int edition,
    Instant submittedAt,
    List<GeneratedClaim> spd,
    List<GeneratedInnovation> innovations) {}
