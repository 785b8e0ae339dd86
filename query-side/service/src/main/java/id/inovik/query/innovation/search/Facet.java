package id.inovik.query.innovation.search;

/**
 * The filters a search can take that also come back as facet counts. A facet's counts ignore its
 * own filter (multi-select: ticking a second province adds to the results), and respect all others.
 */
enum Facet {
  PROVINCE("province", "provinceCode", 40),
  REGION("region", "regionCode", 100),
  REGION_TYPE("regionType", "regionType", 5),
  STAGE("stage", "stage", 10),
  INITIATOR("initiator", "initiatorKind", 10),
  DIGITAL("digital", "digital", 2),
  FORM("form", "form", 5),
  AFFAIR("affair", "affairs", 50),
  STATUS("status", "status", 5),
  /** Year of implementation; filtered with {@code implementedFrom}/{@code implementedTo}. */
  IMPLEMENTED_YEAR("implementedYear", "implementedOn", 0);

  private final String param;
  private final String field;
  private final int size;

  Facet(String param, String field, int size) {
    this.param = param;
    this.field = field;
    this.size = size;
  }

  /** Name in the request and in the response's {@code facets}. */
  String param() {
    return param;
  }

  /** Indexed field the facet counts. */
  String field() {
    return field;
  }

  /** Most buckets returned. */
  int size() {
    return size;
  }
}
