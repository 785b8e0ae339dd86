package id.inovik.query.innovation.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search criteria as Elasticsearch requests, without talking to Elasticsearch: the main query (full
 * text over name, design, goals, benefits and results with the Indonesian analysers, and the
 * proposal date range), the facet filters (they go into {@code post_filter}), one aggregation per
 * facet filtered by all other filters (multi-select facets), and the sort, which always ends with
 * the id so {@code search_after} never repeats or skips a document.
 */
final class SearchQueries {

  /** Full-text fields; the owning agency too, so "disdukcapil" finds what Disdukcapil runs. */
  static final List<String> TEXT_FIELDS =
      List.of("name^3", "design", "goals", "benefits", "results", "owningAgency^0.5");

  static final List<String> HIGHLIGHT_FIELDS =
      List.of("name", "design", "goals", "benefits", "results");

  /** Name of the sub-aggregation holding a facet's buckets inside its filter aggregation. */
  static final String VALUES = "values";

  private SearchQueries() {}

  /**
   * One page of a search: on the point-in-time {@code pit} (kept alive for {@code keepAlive}), or
   * on {@code alias} when {@code pit} is null (a counts-only request).
   */
  static SearchRequest request(SearchCriteria criteria, String alias, String pit, Time keepAlive) {
    return SearchRequest.of(
        s -> {
          if (pit != null) {
            s.pit(p -> p.id(pit).keepAlive(keepAlive));
          } else {
            s.index(alias);
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

  static Query mainQuery(SearchCriteria criteria) {
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
  static Query filters(SearchCriteria criteria, Facet except) {
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

  static Map<String, Aggregation> aggregations(SearchCriteria criteria) {
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

  static List<SortOptions> sort(SearchCriteria criteria) {
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

  static SortOptions field(String name, SortOrder order) {
    return SortOptions.of(s -> s.field(f -> f.field(name).order(order)));
  }
}
