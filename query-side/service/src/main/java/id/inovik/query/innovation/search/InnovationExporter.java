package id.inovik.query.innovation.search;

import static id.inovik.query.innovation.search.SearchQueries.field;
import static id.inovik.query.innovation.search.SearchQueries.filters;
import static id.inovik.query.innovation.search.SearchQueries.mainQuery;
import static id.inovik.query.innovation.search.SearchQueries.sort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.inovik.query.config.QueryProperties;
import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.innovation.index.InnovationIndex;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Streams every document a query matches, for the exports: one point-in-time on the innovations
 * alias, read in pages with {@code search_after}, each document handed to a {@link DocumentSink} as
 * it arrives, so memory does not grow with the export.
 */
@Service
public class InnovationExporter {

  private final ElasticsearchClient client;
  private final InnovationIndex index;
  private final Time keepAlive;

  public InnovationExporter(
      ElasticsearchClient client, InnovationIndex index, QueryProperties properties) {
    this.client = client;
    this.index = index;
    this.keepAlive = Time.of(t -> t.time(properties.search().pitKeepAlive().toSeconds() + "s"));
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
}
