package id.inovik.infra.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.infra.junit.ElasticsearchExtension;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stemming quality of the {@code indonesian_index} analyzer, measured through the real server's
 * {@code _analyze} on an index created from the query side's analysis.json.
 */
@ExtendWith(ElasticsearchExtension.class)
class IndonesianStemmingQualityIT {

  private static final String INDEX = "stemming-quality";
  private static ElasticsearchHttp elasticsearch;

  @BeforeAll
  static void createIndex(URI baseUrl) {
    elasticsearch = new ElasticsearchHttp(baseUrl);
    elasticsearch.createIndexWithProjectAnalysis(INDEX, Map.of());
  }

  @Test
  void reducesAtLeast95PercentOfTheGoldListToTheirKnownRoot() {
    StemmingGoldList gold = StemmingGoldList.load();
    assertThat(gold.entries()).hasSizeGreaterThanOrEqualTo(60);

    StemmingGoldList.Score sastrawi = gold.score(this::indexStem);
    StemmingGoldList.Score lucene = gold.score(IndonesianStemmingQualityIT::luceneStem);
    System.out.println("Stemming accuracy, indonesian_index (Sastrawi) via _analyze: " + sastrawi);
    System.out.println("Stemming accuracy, Lucene IndonesianStemFilter for comparison: " + lucene);

    assertThat(sastrawi.accuracy()).as(sastrawi.toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(sastrawi.accuracy()).isGreaterThan(lucene.accuracy());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pengelolaan mengelola dikelola kelola",
        "perumahan rumah",
        "kependudukan penduduk",
        "pelayanan melayani layanan dilayani",
        "penilaian menilai nilai",
        "pengolahan mengolah diolah olahan",
        "peningkatan meningkatkan tingkat"
      })
  void keepsWordFamiliesTogether(String family) {
    List<String> stems = elasticsearch.analyze(INDEX, "indonesian_index", family);
    assertThat(stems).as("stems of %s", family).hasSize(family.split(" ").length);
    assertThat(stems.stream().distinct()).as("stems of %s: %s", family, stems).hasSize(1);
  }

  @Test
  void leavesAbbreviationsNamesAndNumbersAlone() {
    assertThat(
            elasticsearch.analyze(
                INDEX, "indonesian_index", "Disdukcapil RSUD Sleman 2024 e-KTP covid19"))
        .containsExactly("disdukcapil", "rsud", "sleman", "2024", "e", "ktp", "covid19");
  }

  private String indexStem(String word) {
    List<String> tokens = elasticsearch.analyze(INDEX, "indonesian_index", word);
    return tokens.size() == 1 ? tokens.getFirst() : String.join(" ", tokens);
  }

  /** Lucene's algorithmic stemmer, which the stock Indonesian analyzer uses (lowercase input). */
  private static String luceneStem(String word) {
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(word.toLowerCase(Locale.ROOT)));
    try (TokenStream stream = new IndonesianStemFilter(tokenizer)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      StringBuilder stems = new StringBuilder();
      while (stream.incrementToken()) {
        stems.append(stems.isEmpty() ? "" : " ").append(term);
      }
      stream.end();
      return stems.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
