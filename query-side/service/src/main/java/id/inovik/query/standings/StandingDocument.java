package id.inovik.query.standings;

import id.inovik.scoring.iid.IidScore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The read model of one region in one edition (index {@code region-standings}, id {@code
 * IGA-2026:35.07}): the engine's claimed and validated numbers, the award categories the region
 * competes in, the innovation facets (province, region type, island group) and a {@code sortKey}
 * that orders regions exactly as the ranking policy does, so a leaderboard page is one sorted query
 * and a rank is one count (docs/adr/0019).
 */
public record StandingDocument(
    String id,
    String editionId,
    String programme,
    int year,
    int rubric,
    String regionCode,
    String name,
    String regionType,
    String provinceCode,
    String provinceName,
    String islandGroup,
    boolean border,
    boolean underdeveloped,
    List<String> categories,
    Side claimed,
    Side validated,
    String predikat,
    BigDecimal iidLoss,
    int pendingRows,
    Instant submittedAt,
    String sortKey,
    int events,
    String lastEventId,
    Instant lastEventAt) {

  /** One side of the IID. */
  public record Side(
      BigDecimal iid, BigDecimal sid, BigDecimal spd, int innovations, String predikat) {
    static Side of(IidScore s) {
      return new Side(s.iid(), s.sid(), s.spd(), s.innovations(), s.predikat());
    }
  }

  public static String id(String editionId, String regionCode) {
    return editionId + ":" + regionCode;
  }

  static StandingDocument of(RegionStanding s) {
    var r = s.result();
    var region = s.region();
    return new StandingDocument(
        id(s.editionId(), s.regionCode()),
        s.editionId(),
        s.programme(),
        s.year(),
        s.rubric(),
        s.regionCode(),
        r.region().name(),
        r.region().type().name(),
        r.region().provinceCode(),
        region == null ? null : region.provinceName(),
        region == null || region.islandGroup() == null ? null : region.islandGroup().name(),
        r.region().border(),
        r.region().underdeveloped(),
        s.categories(),
        Side.of(r.claimed()),
        Side.of(r.validated()),
        r.validated().predikat(),
        r.claimed().iid().subtract(r.validated().iid()),
        s.pendingRows(),
        s.submittedAt(),
        SortKey.of(
            r.validated().iid(),
            r.validated().sid(),
            r.validated().spd(),
            r.validated().innovations(),
            s.submittedAt()),
        s.events(),
        s.lastEventId(),
        s.lastEventAt());
  }
}
