package id.inovik.query.region;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import id.inovik.query.innovation.index.InnovationIndex;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The counts of a region's profile, from one aggregation request on the innovations alias. */
@Service
class RegionCounts {

  private final ElasticsearchClient client;
  private final InnovationIndex index;

  RegionCounts(ElasticsearchClient client, InnovationIndex index) {
    this.client = client;
    this.index = index;
  }

  /**
   * Counts of one region's own innovations: {@code stage}, {@code mainAffair}, {@code digital}
   * (keys "true"/"false"), {@code proposedYear} and {@code implementedYear} (keys "2024"), each key
   * to its count, largest count first for terms and by year for years.
   */
  public Map<String, Map<String, Long>> regionCounts(String regionCode) throws IOException {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    aggregations.put("stage", Aggregation.of(a -> a.terms(t -> t.field("stage").size(10))));
    aggregations.put(
        "mainAffair", Aggregation.of(a -> a.terms(t -> t.field("mainAffair").size(100))));
    aggregations.put("digital", Aggregation.of(a -> a.terms(t -> t.field("digital").size(2))));
    for (String[] year :
        new String[][] {{"proposedYear", "proposedAt"}, {"implementedYear", "implementedOn"}}) {
      aggregations.put(
          year[0],
          Aggregation.of(
              a ->
                  a.dateHistogram(
                      h ->
                          h.field(year[1])
                              .calendarInterval(CalendarInterval.Year)
                              .format("yyyy")
                              .timeZone("+07:00")
                              .minDocCount(1))));
    }
    SearchResponse<Void> response =
        client.search(
            s ->
                s.index(index.alias())
                    .size(0)
                    .query(q -> q.term(t -> t.field("regionCode").value(regionCode)))
                    .aggregations(aggregations),
            Void.class);
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    response
        .aggregations()
        .forEach(
            (name, aggregate) -> {
              Map<String, Long> buckets = new LinkedHashMap<>();
              if (aggregate.isDateHistogram()) {
                aggregate
                    .dateHistogram()
                    .buckets()
                    .array()
                    .forEach(b -> buckets.put(b.keyAsString(), b.docCount()));
              } else if (aggregate.isSterms()) {
                aggregate
                    .sterms()
                    .buckets()
                    .array()
                    .forEach(b -> buckets.put(b.key().stringValue(), b.docCount()));
              } else if (aggregate.isLterms()) {
                aggregate
                    .lterms()
                    .buckets()
                    .array()
                    .forEach(b -> buckets.put(b.keyAsString(), b.docCount()));
              }
              counts.put(name, buckets);
            });
    return counts;
  }
}
