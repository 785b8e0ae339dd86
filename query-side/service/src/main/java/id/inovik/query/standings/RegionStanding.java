package id.inovik.query.standings;

import id.inovik.api.region.Region;
import id.inovik.scoring.iid.RegionResult;
import java.time.Instant;
import java.util.List;

/**
 * One region's live result in one edition, as the ledger scored it after the region's latest event.
 *
 * @param region the catalogue's entry, or null for a code it does not know
 * @param submittedAt the latest claim's time (the last tie-break)
 * @param categories codes of the rubric's award categories the region competes in
 */
public record RegionStanding(
    String editionId,
    String programme,
    int year,
    int rubric,
    Region region,
    RegionResult result,
    Instant submittedAt,
    List<String> categories,
    int pendingRows,
    int events,
    String lastEventId,
    Instant lastEventAt) {

  public String regionCode() {
    return result.region().code();
  }
}
