package id.inovik.command.award.bulk;

import java.util.List;

/**
 * What a bulk submission did, region by region, and every item it refused.
 *
 * @param regions one entry per region of the file, in the file's order
 * @param refused every refused item with its path in the file's terms
 */
public record BulkReport(
    String edition,
    int regionCount,
    int partsWritten,
    int partsUnchanged,
    int decisionsRecorded,
    int decisionsUnchanged,
    List<RegionReport> regions,
    List<BulkPlan.Refusal> refused) {

  /**
   * One region's outcome.
   *
   * @param validation {@code applied}, {@code deferred} (measurement has not opened yet: post the
   *     file again then), {@code refused}, or {@code none} (the file validates nothing)
   * @param versionBefore the submission's version before, or null when it did not exist
   * @param version its version after, or null when it still does not exist
   */
  public record RegionReport(
      String path,
      String region,
      String submission,
      int partsWritten,
      int partsUnchanged,
      int partsRefused,
      int decisionsRecorded,
      int decisionsUnchanged,
      int decisionsRefused,
      String validation,
      Long versionBefore,
      Long version) {}

  static BulkReport of(String edition, List<RegionReport> regions, List<BulkPlan.Refusal> refused) {
    return new BulkReport(
        edition,
        regions.size(),
        regions.stream().mapToInt(RegionReport::partsWritten).sum(),
        regions.stream().mapToInt(RegionReport::partsUnchanged).sum(),
        regions.stream().mapToInt(RegionReport::decisionsRecorded).sum(),
        regions.stream().mapToInt(RegionReport::decisionsUnchanged).sum(),
        List.copyOf(regions),
        List.copyOf(refused));
  }
}
