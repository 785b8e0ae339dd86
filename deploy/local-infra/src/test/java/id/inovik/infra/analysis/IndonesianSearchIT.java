package id.inovik.infra.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.infra.junit.ElasticsearchExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * What a user of the search sees: a text field analysed with {@code indonesian_index} and searched
 * with {@code indonesian_search}, on an index built from the query side's analysis.json.
 */
@ExtendWith(ElasticsearchExtension.class)
class IndonesianSearchIT {

  private static final String INDEX = "indonesian-search";
  private static ElasticsearchHttp elasticsearch;

  @BeforeAll
  static void indexDocuments(URI baseUrl) {
    elasticsearch = new ElasticsearchHttp(baseUrl);
    elasticsearch.createIndexWithProjectAnalysis(
        INDEX,
        Map.of(
            "properties",
            Map.of(
                "name",
                Map.of(
                    "type", "text",
                    "analyzer", "indonesian_index",
                    "search_analyzer", "indonesian_search"),
                "agency",
                Map.of("type", "keyword", "normalizer", "lowercase"))));
    index("capil", "Jemput bola Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil");
    index("rsud", "Antrean daring RSUD Kabupaten Sleman", "RSUD Sleman");
    index("rs", "Rujukan terpadu rumah sakit swasta", "Dinas Kesehatan");
    index("umkm", "Pemberdayaan usaha mikro kecil dan menengah di desa", "DINAS KOPERASI");
    index("pelayanan", "Pélayanan perizinan satu hari", "Dinas Penanaman Modal");
    index("kelola", "Pengelolaan sampah berbasis masyarakat", "Dinas Lingkungan Hidup");
    index("opd", "Dasbor kinerja organisasi perangkat daerah", "Bappeda");
    index("stunting", "Gerakan cegah stunting di posyandu", "Dinas Kesehatan");
    elasticsearch.ok("POST", "/" + INDEX + "/_refresh", null);
  }

  @ParameterizedTest(name = "\"{0}\" finds {1}")
  @CsvSource({
    "Disdukcapil, capil",
    "dukcapil, capil",
    "RSUD, rsud",
    "rumah sakit umum daerah, rsud",
    "UMKM, umkm",
    "layanan, pelayanan",
    "melayani, pelayanan",
    "pelayanan, pelayanan",
    "izin, pelayanan",
    "kelola, kelola",
    "mengelola, kelola",
    "OPD, opd",
    "SKPD, opd",
    "tengkes, stunting",
    "pos pelayanan terpadu, stunting"
  })
  void findsTheInnovation(String query, String expectedId) {
    assertThat(search(query)).contains(expectedId);
  }

  @Test
  void rumahSakitAlsoFindsRegionalHospitalsWrittenAsRsud() {
    assertThat(search("rumah sakit")).contains("rs", "rsud");
  }

  @Test
  void abbreviationDoesNotMatchUnrelatedInnovations() {
    assertThat(search("Disdukcapil")).containsExactly("capil");
  }

  @Test
  void searchTokensOfAnAbbreviationMeetTheIndexTokensOfItsLongForm() {
    List<String> longForm =
        elasticsearch.analyze(INDEX, "indonesian_index", "dinas kependudukan dan pencatatan sipil");
    List<String> expanded = elasticsearch.analyze(INDEX, "indonesian_search", "Disdukcapil");
    assertThat(longForm).containsExactly("dinas", "duduk", "dan", "catat", "sipil");
    assertThat(expanded).containsAll(longForm).contains("disdukcapil");
  }

  @Test
  void foldsAccentsAtIndexAndSearchTime() {
    assertThat(elasticsearch.analyze(INDEX, "indonesian_index", "pélayanan"))
        .isEqualTo(elasticsearch.analyze(INDEX, "indonesian_index", "pelayanan"))
        .containsExactly("layan");
    assertThat(search("pèlayanan")).contains("pelayanan");
  }

  @Test
  void builtInLowercaseNormalizerMakesKeywordFiltersCaseInsensitive() {
    JsonNode hits =
        elasticsearch
            .ok(
                "POST",
                "/" + INDEX + "/_search",
                Map.of("query", Map.of("term", Map.of("agency", "Dinas Koperasi"))))
            .get("hits")
            .get("hits");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("_id").asString()).isEqualTo("umkm");
  }

  /**
   * Why analysis.json has no accent-folding keyword normalizer: Elasticsearch only lets normalizers
   * use filters of its own normalizing kind, which stable-API plugin filters are not.
   */
  @Test
  void pluginFiltersCannotBeUsedInACustomNormalizer() {
    Map<String, Object> settings =
        Map.of(
            "settings",
            Map.of(
                "analysis",
                Map.of(
                    "normalizer",
                    Map.of(
                        "folded",
                        Map.of(
                            "type",
                            "custom",
                            "filter",
                            List.of("inovik_lowercase", "inovik_asciifolding"))))));
    ElasticsearchHttp.Response response = elasticsearch.send("PUT", "/folded-normalizer", settings);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().toString()).contains("may not use filter");
  }

  @Test
  void synonymFilterIsRefusedInAnIndexAnalyzer() {
    Map<String, Object> settings =
        Map.of(
            "settings",
            Map.of(
                "analysis",
                Map.of(
                    "analyzer",
                    Map.of(
                        "wrong",
                        Map.of(
                            "tokenizer",
                            "standard",
                            "filter",
                            List.of("inovik_lowercase", "inovik_synonyms"))))),
            "mappings",
            Map.of("properties", Map.of("t", Map.of("type", "text", "analyzer", "wrong"))));
    ElasticsearchHttp.Response response = elasticsearch.send("PUT", "/synonyms-at-index", settings);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().toString()).contains("not allowed to run in index time mode");
  }

  private static void index(String id, String name, String agency) {
    elasticsearch.ok("PUT", "/" + INDEX + "/_doc/" + id, Map.of("name", name, "agency", agency));
  }

  private static List<String> search(String query) {
    JsonNode hits =
        elasticsearch
            .ok(
                "POST",
                "/" + INDEX + "/_search",
                Map.of(
                    "query",
                    Map.of("match", Map.of("name", Map.of("query", query, "operator", "and")))))
            .get("hits")
            .get("hits");
    List<String> ids = new ArrayList<>();
    hits.forEach(hit -> ids.add(hit.get("_id").asString()));
    return ids;
  }
}
