package id.inovik.query.innovation.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A validated search request.
 *
 * @param text the full-text query, or null for all innovations
 * @param filters per facet, the accepted values as indexed (codes, enum names, "true"/"false")
 * @param implementedFrom with {@code implementedTo}, the implementation date range (inclusive)
 * @param proposedFrom with {@code proposedTo}, the proposal date range (inclusive)
 * @param size results per page, 0 for counts only
 * @param cursor the position after the previous page, or null for the first page
 */
record SearchCriteria(
    String text,
    Map<Facet, Set<String>> filters,
    LocalDate implementedFrom,
    LocalDate implementedTo,
    LocalDate proposedFrom,
    LocalDate proposedTo,
    SortOrder sort,
    int size,
    SearchCursor cursor) {

  SearchCriteria {
    filters = Map.copyOf(filters);
  }

  Set<String> values(Facet facet) {
    return filters.getOrDefault(facet, Set.of());
  }

  boolean hasText() {
    return text != null && !text.isBlank();
  }

  /** Identifies the query apart from paging, so a cursor cannot be used with another query. */
  String fingerprint() {
    Map<String, List<String>> canonical = new TreeMap<>();
    filters.forEach(
        (facet, values) -> canonical.put(facet.param(), values.stream().sorted().toList()));
    String key =
        String.join(
            "|",
            String.valueOf(text),
            canonical.toString(),
            String.valueOf(implementedFrom),
            String.valueOf(implementedTo),
            String.valueOf(proposedFrom),
            String.valueOf(proposedTo),
            sort.name());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
