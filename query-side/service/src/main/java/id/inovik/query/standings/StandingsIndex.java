package id.inovik.query.standings;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code region-standings} index: one {@link StandingDocument} per region and edition. A
 * leaderboard page is one search sorted by {@code sortKey}; the rank of its first entry is one
 * count of keys strictly better (and, for the tie methods that need them, a count of keys not worse
 * or of distinct better keys), so a change to one region rewrites one document and no rank is
 * stored.
 */
@Component
public class StandingsIndex {

  static final String MAPPING_RESOURCE = "elasticsearch/region-standings-mapping.json";
  private static final Logger log = LoggerFactory.getLogger(StandingsIndex.class);

  private final ElasticsearchClient client;
  private final String alias;

  StandingsIndex(
      ElasticsearchClient client,
      @Value("${inovik.standings.index-alias:region-standings}") String alias) {
    this.client = client;
    this.alias = alias;
  }

  public String alias() {
    return alias;
  }

  /** Creates {@code <alias>-v1} behind the alias unless the alias exists. */
  public void ensureExists() throws IOException {
    try {
      if (!client.indices().getAlias(g -> g.name(alias)).aliases().isEmpty()) {
        return;
      }
    } catch (ElasticsearchException e) {
      if (e.status() != 404) {
        throw e;
      }
    }
    String mapping;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(MAPPING_RESOURCE)) {
      mapping = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String name = alias + "-v1";
    client
        .indices()
        .create(
            c ->
                c.index(name)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(m -> m.withJson(new StringReader(mapping)))
                    .aliases(alias, a -> a));
    log.info("Created index {} behind alias {}", name, alias);
  }

  /** Writes the documents in one bulk request; any item's failure fails the call (retried). */
  public void write(List<StandingDocument> documents) throws IOException {
    if (documents.isEmpty()) {
      return;
    }
    List<BulkOperation> operations = new ArrayList<>();
    for (StandingDocument doc : documents) {
      operations.add(
          BulkOperation.of(o -> o.index(i -> i.index(alias).id(doc.id()).document(doc))));
    }
    BulkResponse response = client.bulk(b -> b.operations(operations));
    if (response.errors()) {
      var failed =
          response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
      throw new IOException(
          "standings bulk failed for " + failed.id() + ": " + failed.error().reason());
    }
  }

  /** Makes the latest writes searchable now (tests and rebuilds; the live path waits ≤ 1 s). */
  public void refresh() throws IOException {
    client.indices().refresh(r -> r.index(alias));
  }

  /** A category's documents (all regions of the edition for the national list). */
  static Query category(String editionId, String category) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  b.filter(f -> f.term(t -> t.field("editionId").value(editionId)));
                  if (!StandingsQueries.NATIONAL.equals(category)) {
                    b.filter(f -> f.term(t -> t.field("categories").value(category)));
                  }
                  return b;
                }));
  }

  /** One page of a category, best first, ties in region-code order. */
  public Page page(String editionId, String category, int from, int size) throws IOException {
    SearchResponse<StandingDocument> response =
        client.search(
            s ->
                s.index(alias)
                    .query(category(editionId, category))
                    .sort(o -> o.field(f -> f.field("sortKey").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("regionCode").order(SortOrder.Asc)))
                    .from(from)
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true)),
            StandingDocument.class);
    List<StandingDocument> docs = response.hits().hits().stream().map(Hit::source).toList();
    long total = response.hits().total() == null ? docs.size() : response.hits().total().value();
    return new Page(docs, total);
  }

  public record Page(List<StandingDocument> documents, long total) {}

  /** Documents of the category whose key is greater than (or equal to, with {@code orEqual}). */
  public long countBetter(String editionId, String category, String key, boolean orEqual)
      throws IOException {
    Query range =
        Query.of(
            q ->
                q.range(
                    r ->
                        r.term(
                            t -> {
                              t.field("sortKey");
                              return orEqual ? t.gte(key) : t.gt(key);
                            })));
    return client
        .count(
            c ->
                c.index(alias)
                    .query(q -> q.bool(b -> b.filter(category(editionId, category)).filter(range))))
        .count();
  }

  /** Distinct keys of the category greater than {@code key} (for dense ranks). */
  public long distinctBetter(String editionId, String category, String key) throws IOException {
    SearchResponse<Void> response =
        client.search(
            s ->
                s.index(alias)
                    .size(0)
                    .query(
                        q ->
                            q.bool(
                                b ->
                                    b.filter(category(editionId, category))
                                        .filter(
                                            f ->
                                                f.range(
                                                    r -> r.term(t -> t.field("sortKey").gt(key))))))
                    .aggregations(
                        "keys",
                        a -> a.cardinality(c -> c.field("sortKey").precisionThreshold(40000))),
            Void.class);
    return response.aggregations().get("keys").cardinality().value();
  }

  /** How many documents the category has. */
  public long count(String editionId, String category) throws IOException {
    return client.count(c -> c.index(alias).query(category(editionId, category))).count();
  }

  /** One region's document, if written. */
  public java.util.Optional<StandingDocument> get(String editionId, String regionCode)
      throws IOException {
    var response =
        client.get(
            g -> g.index(alias).id(StandingDocument.id(editionId, regionCode)),
            StandingDocument.class);
    return response.found()
        ? java.util.Optional.ofNullable(response.source())
        : java.util.Optional.empty();
  }
}
