package id.inovik.query.innovation.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.inovik.api.region.RegionCatalog;
import id.inovik.query.config.QueryProperties;
import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.innovation.index.InnovationIndex;
import id.inovik.query.web.InvalidRequestException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Runs searches against the innovations alias: the request {@link SearchQueries} builds from the
 * criteria, stable deep paging with a point-in-time and {@code search_after}, and the facets {@link
 * FacetBuckets} labels. Exports stream through {@link InnovationExporter}.
 */
@Service
public class InnovationSearch {

  private final ElasticsearchClient client;
  private final InnovationIndex index;
  private final FacetBuckets facetBuckets;
  private final Time keepAlive;

  public InnovationSearch(
      ElasticsearchClient client,
      InnovationIndex index,
      RegionCatalog regions,
      QueryProperties properties) {
    this.client = client;
    this.index = index;
    this.facetBuckets = new FacetBuckets(regions);
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
      response =
          client.search(
              SearchQueries.request(criteria, index.alias(), pit, keepAlive),
              InnovationDocument.class);
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
        facetBuckets.facets(response.aggregations()),
        nextCursor);
  }

  private static SearchPage.Item item(Hit<InnovationDocument> hit) {
    return SearchPage.Item.of(hit.source(), hit.score(), hit.highlight());
  }
}
