package id.inovik.query.innovation.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionType;
import id.inovik.query.config.QueryProperties;
import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.innovation.InnovationStatus;
import id.inovik.query.innovation.index.InnovationIndex;
import id.inovik.query.innovation.search.SearchPage.FacetBucket;
import id.inovik.query.web.InvalidRequestException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Runs searches against the innovations alias: full text over name, design, goals, benefits and
 * results with the Indonesian analysers, filters with multi-select facets (filters go into {@code
 * post_filter}; each facet's aggregation is filtered by all other filters), and stable deep paging
 * with a point-in-time and {@code search_after}.
 */
@Service
public class InnovationSearch {

  /** Full-text fields; the owning agency too, so "disdukcapil" finds what Disdukcapil runs. */
  static final List<String> TEXT_FIELDS =
      List.of("name^3", "design", "goals", "benefits", "results", "owningAgency^0.5");

  static final List<String> HIGHLIGHT_FIELDS =
      List.of("name", "design", "goals", "benefits", "results");
  private static final String VALUES = "values";

  private final ElasticsearchClient client;
  private final InnovationIndex index;
  private final RegionCatalog regions;
  private final Time keepAlive;

  public InnovationSearch(
      ElasticsearchClient client,
      InnovationIndex index,
      RegionCatalog regions,
      QueryProperties properties) {
    this.client = client;
    this.index = index;
    this.regions = regions;
    this.keepAlive = Time.of(t -> t.time(properties.search().pitKeepAlive().toSeconds() + "s"));
  }

  /** The stored document, read in real time (visible right after the projection wrote it). */
  public Optional<InnovationDocument> find(String id) throws IOException {
    GetResponse<InnovationDocument> response =
        client.get(g -> g.index(index.alias()).id(id), InnovationDocument.class);
    return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
  }

  SearchPage search(SearchCriteria criteria) throws IOException {
    boolean paging = criteria.size() > 0;
    String pit = null;
    if (paging) {
      pit =
          criteria.cursor() != null
              ? criteria.cursor().pitId()
              : client.openPointInTime(p -> p.index(index.alias()).keepAlive(keepAlive)).id();
    }
    SearchResponse<InnovationDocument> response;
    try {
      response = client.search(request(criteria, pit), InnovationDocument.class);
    } catch (ElasticsearchException e) {
      if (criteria.cursor() != null && e.status() == 404) {
        throw new InvalidRequestException("cursor", "has expired; search again without a cursor");
      }
      throw e;
    }

    List<Hit<InnovationDocument>> hits = response.hits().hits();
    String nextCursor = null;
    if (paging && hits.size() == criteria.size()) {
      String nextPit = response.pitId() != null ? response.pitId() : pit;
      nextCursor =
          new SearchCursor(nextPit, hits.getLast().sort(), criteria.fingerprint()).encode();
    } else if (pit != null) {
      String finished = response.pitId() != null ? response.pitId() : pit;
      client.closePointInTime(c -> c.id(finished));
    }
    return new SearchPage(
        response.hits().total() == null ? hits.size() : response.hits().total().value(),
        hits.stream().map(InnovationSearch::item).toList(),
        facets(response.aggregations()),
        nextCursor);
  }

  /** Receives the documents of an export one at a time. */
  @FunctionalInterface
  public interface DocumentSink {
    void accept(InnovationDocument document) throws IOException;
  }

  /**
   * Every document the criteria match, in the criteria's order, read in pages of {@value
   * #EXPORT_PAGE} under one point-in-time with {@code search_after} (a consistent snapshot; the
   * sort ends with the id, so nothing repeats or goes missing). The point-in-time is closed at the
   * end, also when the sink fails.
   */
  void export(SearchCriteria criteria, DocumentSink sink) throws IOException {
    export(mainQuery(criteria), filters(criteria, null), sort(criteria), criteria.hasText(), sink);
  }

  /** Every innovation of one region (its own, not those of a province's kabupaten), by name. */
  public void exportRegion(String regionCode, DocumentSink sink) throws IOException {
    export(
        Query.of(q -> q.term(t -> t.field("regionCode").value(regionCode))),
        Query.of(q -> q.matchAll(a -> a)),
        List.of(field("name.sort", SortOrder.Asc), field("id", SortOrder.Asc)),
        false,
        sink);
  }

  static final int EXPORT_PAGE = 1000;

  private void export(
      Query query, Query postFilter, List<SortOptions> sort, boolean scores, DocumentSink sink)
      throws IOException {
    String pit = client.openPointInTime(p -> p.index(index.alias()).keepAlive(keepAlive)).id();
    try {
      List<FieldValue> after = null;
      while (true) {
        String currentPit = pit;
        List<FieldValue> searchAfter = after;
        SearchResponse<InnovationDocument> response =
            client.search(
                s -> {
                  s.pit(p -> p.id(currentPit).keepAlive(keepAlive))
                      .query(query)
                      .postFilter(postFilter)
                      .size(EXPORT_PAGE)
                      .trackTotalHits(t -> t.enabled(false))
                      .trackScores(scores)
                      .sort(sort);
                  if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                  }
                  return s;
                },
                InnovationDocument.class);
        if (response.pitId() != null) {
          pit = response.pitId();
        }
        List<Hit<InnovationDocument>> hits = response.hits().hits();
        for (Hit<InnovationDocument> hit : hits) {
          sink.accept(hit.source());
        }
        if (hits.size() < EXPORT_PAGE) {
          return;
        }
        after = hits.getLast().sort();
      }
    } finally {
      String finished = pit;
      client.closePointInTime(c -> c.id(finished));
    }
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

  private SearchRequest request(SearchCriteria criteria, String pit) {
    return SearchRequest.of(
        s -> {
          if (pit != null) {
            s.pit(p -> p.id(pit).keepAlive(keepAlive));
          } else {
            s.index(index.alias());
          }
          s.query(mainQuery(criteria))
              .postFilter(filters(criteria, null))
              .size(criteria.size())
              .trackTotalHits(t -> t.enabled(true))
              .sort(sort(criteria))
              .aggregations(aggregations(criteria));
          if (criteria.hasText()) {
            s.trackScores(true)
                .highlight(
                    h -> {
                      h.preTags("<em>").postTags("</em>").encoder(HighlighterEncoder.Html);
                      h.fields(
                          HIGHLIGHT_FIELDS.stream()
                              .map(
                                  field ->
                                      NamedValue.of(
                                          field,
                                          HighlightField.of(
                                              f ->
                                                  field.equals("name")
                                                      ? f.numberOfFragments(0)
                                                      : f.fragmentSize(160).numberOfFragments(3))))
                              .toList());
                      return h;
                    });
          }
          if (criteria.cursor() != null) {
            s.searchAfter(criteria.cursor().searchAfter());
          }
          return s;
        });
  }

  private static Query mainQuery(SearchCriteria criteria) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  if (criteria.hasText()) {
                    b.must(
                        m ->
                            m.multiMatch(
                                mm ->
                                    mm.query(criteria.text())
                                        .fields(TEXT_FIELDS)
                                        .type(TextQueryType.BestFields)
                                        .tieBreaker(0.3)));
                  } else {
                    b.must(m -> m.matchAll(a -> a));
                  }
                  if (criteria.proposedFrom() != null || criteria.proposedTo() != null) {
                    b.filter(
                        f ->
                            f.range(
                                r ->
                                    r.date(
                                        d -> {
                                          d.field("proposedAt");
                                          if (criteria.proposedFrom() != null) {
                                            d.gte(criteria.proposedFrom().toString());
                                          }
                                          if (criteria.proposedTo() != null) {
                                            d.lte(criteria.proposedTo().toString() + "||/d");
                                          }
                                          return d;
                                        })));
                  }
                  return b;
                }));
  }

  /** All facet filters except {@code except} (null: all), as one bool filter. */
  private static Query filters(SearchCriteria criteria, Facet except) {
    List<Query> clauses = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      if (facet == except || criteria.values(facet).isEmpty()) {
        continue;
      }
      clauses.add(filter(criteria, facet));
    }
    return Query.of(q -> q.bool(b -> b.filter(clauses)));
  }

  private static Query filter(SearchCriteria criteria, Facet facet) {
    if (facet == Facet.IMPLEMENTED_YEAR) {
      return Query.of(
          q ->
              q.range(
                  r ->
                      r.date(
                          d -> {
                            d.field(facet.field());
                            if (criteria.implementedFrom() != null) {
                              d.gte(criteria.implementedFrom().toString());
                            }
                            if (criteria.implementedTo() != null) {
                              d.lte(criteria.implementedTo().toString());
                            }
                            return d;
                          })));
    }
    List<FieldValue> values = criteria.values(facet).stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(facet.field()).terms(v -> v.value(values))));
  }

  private static Map<String, Aggregation> aggregations(SearchCriteria criteria) {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      Aggregation values =
          facet == Facet.IMPLEMENTED_YEAR
              ? Aggregation.of(
                  a ->
                      a.dateHistogram(
                          h ->
                              h.field(facet.field())
                                  .calendarInterval(CalendarInterval.Year)
                                  .format("yyyy")
                                  .minDocCount(1)))
              : Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(facet.size())));
      aggregations.put(
          facet.param(),
          Aggregation.of(a -> a.filter(filters(criteria, facet)).aggregations(VALUES, values)));
    }
    return aggregations;
  }

  private static List<SortOptions> sort(SearchCriteria criteria) {
    List<SortOptions> sort = new ArrayList<>();
    switch (criteria.sort()) {
      case RELEVANCE -> {
        if (criteria.hasText()) {
          sort.add(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
        }
        sort.add(field("proposedAt", SortOrder.Desc));
      }
      case NEWEST -> sort.add(field("proposedAt", SortOrder.Desc));
      case OLDEST -> sort.add(field("proposedAt", SortOrder.Asc));
      case NAME -> sort.add(field("name.sort", SortOrder.Asc));
    }
    sort.add(field("id", SortOrder.Asc));
    return sort;
  }

  private static SortOptions field(String name, SortOrder order) {
    return SortOptions.of(s -> s.field(f -> f.field(name).order(order)));
  }

  private static SearchPage.Item item(Hit<InnovationDocument> hit) {
    return SearchPage.Item.of(hit.source(), hit.score(), hit.highlight());
  }

  private Map<String, List<FacetBucket>> facets(Map<String, Aggregate> aggregations) {
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
