package id.inovik.query.innovation.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import id.inovik.query.config.QueryProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The innovations index: concrete indexes named {@code <alias>-v<mapping version>-<n>} behind one
 * alias. Settings and mapping come from the resources {@code elasticsearch/analysis.json} and
 * {@code elasticsearch/innovations-mapping.json}, the same files the tests use.
 */
@Component
public class InnovationIndex {

  /** Raise when the mapping changes incompatibly; a rebuild then creates a -v(n+1)- index. */
  public static final int MAPPING_VERSION = 1;

  static final String MAPPING_RESOURCE = "elasticsearch/innovations-mapping.json";
  static final String ANALYSIS_RESOURCE = "elasticsearch/analysis.json";

  private static final Logger log = LoggerFactory.getLogger(InnovationIndex.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ElasticsearchClient client;
  private final QueryProperties.Elasticsearch settings;
  private final Pattern concreteName;

  public InnovationIndex(ElasticsearchClient client, QueryProperties properties) {
    this.client = client;
    this.settings = properties.elasticsearch();
    this.concreteName =
        Pattern.compile(Pattern.quote(settings.indexAlias() + "-v") + "(\\d+)-(\\d+)");
  }

  /** The alias the projection writes to and the API reads from. */
  public String alias() {
    return settings.indexAlias();
  }

  /** Creates the first versioned index and points the alias at it, unless the alias exists. */
  public void ensureExists() throws IOException {
    if (currentIndex().isPresent()) {
      return;
    }
    String name = createNextIndex();
    client
        .indices()
        .updateAliases(u -> u.actions(a -> a.add(add -> add.index(name).alias(alias()))));
    log.info("Created index {} behind alias {}", name, alias());
  }

  /** The concrete index the alias points at, if any. */
  public Optional<String> currentIndex() throws IOException {
    try {
      GetAliasResponse response = client.indices().getAlias(g -> g.name(alias()));
      return response.aliases().keySet().stream().findFirst();
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Creates an empty index with the next free number, not yet behind the alias. */
  public String createNextIndex() throws IOException {
    int next =
        client
                .indices()
                .get(g -> g.index(alias() + "-v*").allowNoIndices(true))
                .indices()
                .keySet()
                .stream()
                .map(concreteName::matcher)
                .filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(2)))
                .max()
                .orElse(0)
            + 1;
    String name = alias() + "-v" + MAPPING_VERSION + "-" + next;
    String body = createIndexBody();
    client.indices().create(c -> c.index(name).withJson(new StringReader(body)));
    return name;
  }

  /**
   * Points the alias from {@code from} to {@code to} in one request, so searches never see a moment
   * without an index, then deletes {@code from}.
   */
  public void swapAlias(String from, String to) throws IOException {
    client
        .indices()
        .updateAliases(
            u ->
                u.actions(a -> a.remove(r -> r.index(from).alias(alias())))
                    .actions(a -> a.add(add -> add.index(to).alias(alias()))));
    client.indices().delete(d -> d.index(from));
    log.info("Alias {} moved from {} to {}; {} deleted", alias(), from, to, from);
  }

  /** Makes recent writes searchable (after a rebuild, not per write). */
  public void refresh(String index) throws IOException {
    client.indices().refresh(r -> r.index(index));
  }

  public void delete(String index) throws IOException {
    client.indices().delete(d -> d.index(index));
  }

  /**
   * The body of the create-index request: shards, replicas, refresh interval, analysis, mapping.
   */
  String createIndexBody() {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode indexSettings = body.putObject("settings");
    indexSettings
        .putObject("index")
        .put("number_of_shards", settings.shards())
        .put("number_of_replicas", settings.replicas())
        .put("refresh_interval", settings.refreshInterval());
    indexSettings.set("analysis", readResource(ANALYSIS_RESOURCE));
    body.set("mappings", readResource(MAPPING_RESOURCE));
    return JSON.writeValueAsString(body);
  }

  static JsonNode readResource(String path) {
    try (InputStream in = InnovationIndex.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + path);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names of every concrete index of this alias's family (for tests and operators). */
  public List<String> allIndexes() throws IOException {
    return client
        .indices()
        .get(g -> g.index(alias() + "-v*").allowNoIndices(true))
        .indices()
        .keySet()
        .stream()
        .sorted()
        .toList();
  }
}
