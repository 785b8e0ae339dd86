package id.inovik.query.innovation.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.util.NamedValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The requests {@link SearchQueries} builds, checked without Elasticsearch. */
class SearchQueriesTest {

  static final Time KEEP_ALIVE = Time.of(t -> t.time("300s"));

  static SearchCriteria criteria(
      String text, Map<Facet, Set<String>> filters, SortOrder sort, int size, SearchCursor cursor) {
    return new SearchCriteria(text, filters, null, null, null, null, sort, size, cursor);
  }

  /** Field and order of each sort, "_score" for the score. */
  static List<String> sorts(SearchRequest request) {
    return request.sort().stream().map(SearchQueriesTest::describe).toList();
  }

  static String describe(SortOptions sort) {
    return sort.isScore()
        ? "_score " + sort.score().order()
        : sort.field().field() + " " + sort.field().order();
  }

  /** The terms filters of a bool filter, as field → values. */
  static Map<String, List<String>> terms(Query bool) {
    return bool.bool().filter().stream()
        .filter(Query::isTerms)
        .collect(
            Collectors.toMap(
                q -> q.terms().field(),
                q ->
                    q.terms().terms().value().stream()
                        .map(FieldValue::stringValue)
                        .sorted()
                        .toList()));
  }

  @Test
  void aTextSearchWithFiltersOnAPointInTime() {
    SearchCriteria criteria =
        criteria(
            "layanan kependudukan",
            Map.of(Facet.PROVINCE, Set.of("35", "33"), Facet.STAGE, Set.of("PENERAPAN")),
            SortOrder.RELEVANCE,
            20,
            null);

    SearchRequest request = SearchQueries.request(criteria, "innovations", "pit-1", KEEP_ALIVE);

    assertThat(request.pit().id()).isEqualTo("pit-1");
    assertThat(request.pit().keepAlive().time()).isEqualTo("300s");
    assertThat(request.index()).isEmpty();
    assertThat(request.size()).isEqualTo(20);
    assertThat(request.trackScores()).isTrue();
    assertThat(request.searchAfter()).isEmpty();

    Query text = request.query().bool().must().getFirst();
    assertThat(text.multiMatch().query()).isEqualTo("layanan kependudukan");
    assertThat(text.multiMatch().fields()).isEqualTo(SearchQueries.TEXT_FIELDS);
    assertThat(request.query().bool().filter()).isEmpty();

    assertThat(terms(request.postFilter()))
        .isEqualTo(Map.of("provinceCode", List.of("33", "35"), "stage", List.of("PENERAPAN")));

    assertThat(sorts(request)).containsExactly("_score Desc", "proposedAt Desc", "id Asc");
    assertThat(request.highlight().fields().stream().map(NamedValue::name).toList())
        .isEqualTo(SearchQueries.HIGHLIGHT_FIELDS);
  }

  @Test
  void eachFacetIsCountedUnderEveryFilterButItsOwn() {
    SearchCriteria criteria =
        criteria(
            null,
            Map.of(Facet.PROVINCE, Set.of("35"), Facet.STAGE, Set.of("PENERAPAN")),
            SortOrder.NEWEST,
            0,
            null);

    Map<String, Aggregation> aggregations =
        SearchQueries.request(criteria, "innovations", null, KEEP_ALIVE).aggregations();

    assertThat(aggregations.keySet())
        .containsExactly(
            "province",
            "region",
            "regionType",
            "stage",
            "initiator",
            "digital",
            "form",
            "affair",
            "status",
            "implementedYear");
    assertThat(terms(aggregations.get("province").filter()))
        .isEqualTo(Map.of("stage", List.of("PENERAPAN")));
    assertThat(terms(aggregations.get("stage").filter()))
        .isEqualTo(Map.of("provinceCode", List.of("35")));
    assertThat(terms(aggregations.get("form").filter()))
        .isEqualTo(Map.of("provinceCode", List.of("35"), "stage", List.of("PENERAPAN")));
    Aggregation provinces = aggregations.get("province").aggregations().get(SearchQueries.VALUES);
    assertThat(provinces.terms().field()).isEqualTo("provinceCode");
    assertThat(provinces.terms().size()).isEqualTo(40);
    assertThat(
            aggregations
                .get("implementedYear")
                .aggregations()
                .get(SearchQueries.VALUES)
                .dateHistogram()
                .field())
        .isEqualTo("implementedOn");
  }

  @Test
  void countsOnlyWithoutTextGoToTheAliasAndMatchAll() {
    SearchCriteria criteria = criteria(null, Map.of(), SortOrder.RELEVANCE, 0, null);

    SearchRequest request = SearchQueries.request(criteria, "innovations", null, KEEP_ALIVE);

    assertThat(request.pit()).isNull();
    assertThat(request.index()).containsExactly("innovations");
    assertThat(request.size()).isZero();
    assertThat(request.query().bool().must().getFirst().isMatchAll()).isTrue();
    assertThat(request.postFilter().bool().filter()).isEmpty();
    assertThat(request.highlight()).isNull();
    assertThat(request.trackScores()).isNull();
    assertThat(sorts(request)).containsExactly("proposedAt Desc", "id Asc");
  }

  @Test
  void dateRangesAndANextPage() {
    SearchCursor cursor =
        new SearchCursor("pit-2", List.of(FieldValue.of("Air Bersih"), FieldValue.of("id-9")), "f");
    SearchCriteria criteria =
        new SearchCriteria(
            null,
            Map.of(Facet.IMPLEMENTED_YEAR, Set.of("range")),
            LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 12, 31),
            LocalDate.of(2022, 6, 1),
            null,
            SortOrder.NAME,
            10,
            cursor);

    SearchRequest request = SearchQueries.request(criteria, "innovations", "pit-2", KEEP_ALIVE);

    Query proposed = request.query().bool().filter().getFirst();
    assertThat(proposed.range().date().field()).isEqualTo("proposedAt");
    assertThat(proposed.range().date().gte()).isEqualTo("2022-06-01");
    assertThat(proposed.range().date().lte()).isNull();
    Query implemented = request.postFilter().bool().filter().getFirst();
    assertThat(implemented.range().date().field()).isEqualTo("implementedOn");
    assertThat(implemented.range().date().gte()).isEqualTo("2023-01-01");
    assertThat(implemented.range().date().lte()).isEqualTo("2023-12-31");
    assertThat(sorts(request)).containsExactly("name.sort Asc", "id Asc");
    assertThat(request.searchAfter().stream().map(FieldValue::stringValue).toList())
        .containsExactly("Air Bersih", "id-9");
  }
}
