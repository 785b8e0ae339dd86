package id.inovik.query.innovation.search;

import java.util.Locale;

/** Result orders; every order ends with the innovation id so that paging is stable. */
enum SortOrder {
  /** Best match first (newest first when there is no text query). */
  RELEVANCE,
  /** Most recently proposed first. */
  NEWEST,
  /** Earliest proposed first. */
  OLDEST,
  /** By name, A to Z, ignoring case. */
  NAME;

  String param() {
    return name().toLowerCase(Locale.ROOT);
  }
}
