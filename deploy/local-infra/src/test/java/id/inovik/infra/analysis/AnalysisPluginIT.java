package id.inovik.infra.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.infra.junit.ElasticsearchExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The plugin is installed, loaded and exposes its named components on the real server. */
@ExtendWith(ElasticsearchExtension.class)
class AnalysisPluginIT {

  @Test
  void nodeListsThePlugin(URI baseUrl) {
    JsonNode nodes = new ElasticsearchHttp(baseUrl).ok("GET", "/_nodes/plugins", null).get("nodes");
    List<String> plugins = new ArrayList<>();
    nodes.forEach(node -> node.get("plugins").forEach(p -> plugins.add(p.get("name").asString())));
    assertThat(plugins).containsExactly("inovik-analysis");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "inovik_lowercase, Pelayanan RSUD, pelayanan rsud",
    "inovik_asciifolding, pélayanan Ñusa, pelayanan Nusa",
    "inovik_stemmer, pengelolaan perumahan, kelola rumah",
    "inovik_synonyms, pemkot, pemkot pemerintah kota"
  })
  void namedComponentIsAvailableAsATokenFilter(
      String filter, String text, String expected, URI baseUrl) {
    JsonNode result =
        new ElasticsearchHttp(baseUrl)
            .ok(
                "POST",
                "/_analyze",
                Map.of("tokenizer", "standard", "filter", List.of(filter), "text", text));
    List<String> tokens = new ArrayList<>();
    result.get("tokens").forEach(token -> tokens.add(token.get("token").asString()));
    assertThat(tokens).containsExactlyInAnyOrder(expected.split(" "));
  }
}
