package id.inovik.query.innovation.search;

import static id.inovik.query.innovation.search.SearchQueries.VALUES;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionType;
import id.inovik.query.innovation.InnovationStatus;
import id.inovik.query.innovation.search.SearchPage.FacetBucket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facets of a search response: each facet's buckets (from the aggregations {@link
 * SearchQueries#aggregations} asks for) with their Indonesian labels.
 */
final class FacetBuckets {

  private final RegionCatalog regions;

  FacetBuckets(RegionCatalog regions) {
    this.regions = regions;
  }

  Map<String, List<FacetBucket>> facets(Map<String, Aggregate> aggregations) {
    Map<String, List<FacetBucket>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      Aggregate values = aggregations.get(facet.param()).filter().aggregations().get(VALUES);
      List<FacetBucket> buckets = new ArrayList<>();
      if (values.isDateHistogram()) {
        values
            .dateHistogram()
            .buckets()
            .array()
            .forEach(
                b -> buckets.add(new FacetBucket(b.keyAsString(), b.keyAsString(), b.docCount())));
      } else if (values.isSterms()) {
        values
            .sterms()
            .buckets()
            .array()
            .forEach(
                b -> {
                  String key = b.key().stringValue();
                  buckets.add(new FacetBucket(key, label(facet, key), b.docCount()));
                });
      } else if (values.isLterms()) {
        // Booleans come back as long terms (0/1) with "false"/"true" as their string form.
        values
            .lterms()
            .buckets()
            .array()
            .forEach(
                b -> {
                  String key = b.keyAsString();
                  buckets.add(new FacetBucket(key, label(facet, key), b.docCount()));
                });
      }
      facets.put(facet.param(), buckets);
    }
    return facets;
  }

  private String label(Facet facet, String key) {
    try {
      return switch (facet) {
        case PROVINCE, REGION -> regions.find(key).map(Region::name).orElse(key);
        case REGION_TYPE -> RegionType.valueOf(key).label();
        case STAGE -> InnovationStage.valueOf(key).label();
        case INITIATOR -> InitiatorKind.valueOf(key).label();
        case DIGITAL -> "true".equals(key) ? "Digital" : "Non-digital";
        case FORM -> InnovationForm.valueOf(key).label();
        case AFFAIR -> GovernmentAffair.valueOf(key).label();
        case STATUS -> InnovationStatus.valueOf(key).label();
        case IMPLEMENTED_YEAR -> key;
      };
    } catch (IllegalArgumentException unknownValue) {
      return key;
    }
  }
}
