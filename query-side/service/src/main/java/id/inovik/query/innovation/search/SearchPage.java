package id.inovik.query.innovation.search;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.RegionType;
import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.innovation.InnovationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total innovations matching the query and all filters
 * @param facets per facet name, the values with their counts under all other filters
 * @param nextCursor pass as {@code cursor} (with the same parameters) for the next page; null on
 *     the last page
 */
public record SearchPage(
    long total, List<Item> items, Map<String, List<FacetBucket>> facets, String nextCursor) {

  /**
   * One hit: a summary of its {@link InnovationDocument}, deliberately not the whole document, so
   * that a page of results carries what a result list shows and not the long texts.
   *
   * @param score relevance, or null when sorted without a text query
   * @param highlights per field, fragments with matches in {@code <em>} (text HTML-escaped)
   */
  public record Item(
      String id,
      String name,
      String regionCode,
      String regionName,
      RegionType regionType,
      String provinceCode,
      String provinceName,
      InnovationStage stage,
      InnovationStatus status,
      boolean digital,
      InnovationForm form,
      GovernmentAffair mainAffair,
      InitiatorKind initiatorKind,
      String owningAgency,
      LocalDate implementedOn,
      Double score,
      Map<String, List<String>> highlights) {

    /** The item of a hit on {@code d}. */
    public static Item of(
        InnovationDocument d, Double score, Map<String, List<String>> highlights) {
      return new Item(
          d.id(),
          d.name(),
          d.regionCode(),
          d.regionName(),
          d.regionType(),
          d.provinceCode(),
          d.provinceName(),
          d.stage(),
          d.status(),
          d.digital(),
          d.form(),
          d.mainAffair(),
          d.initiatorKind(),
          d.owningAgency(),
          d.implementedOn(),
          score,
          highlights == null ? Map.of() : highlights);
    }
  }

  /**
   * @param key the value to filter with (code, enum name, "true"/"false", year)
   * @param label Indonesian label to show
   */
  public record FacetBucket(String key, String label, long count) {}
}
