package id.inovik.analysis.synonyms;

import static id.inovik.analysis.AnalysisChain.analyze;
import static id.inovik.analysis.AnalysisChain.terms;
import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.analysis.AnalysisChain.Token;
import id.inovik.analysis.stemming.SastrawiStemFilter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.junit.jupiter.api.Test;

class GovernmentSynonymsTest {

  /** The search chain of analysis.json: lowercase, fold, synonyms, stem. */
  private static TokenStream searchChain(TokenStream in) {
    return new SastrawiStemFilter(
        new SynonymGraphFilter(
            new ASCIIFoldingFilter(new LowerCaseFilter(in)), GovernmentSynonyms.map(), true));
  }

  /** The index chain of analysis.json: lowercase, fold, stem. */
  private static TokenStream indexChain(TokenStream in) {
    return new SastrawiStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)));
  }

  @Test
  void rulesFileHoldsAtLeastThirtyGroups() throws IOException {
    try (var reader =
        new BufferedReader(
            new InputStreamReader(
                GovernmentSynonyms.class.getResourceAsStream(GovernmentSynonyms.RESOURCE),
                StandardCharsets.UTF_8))) {
      long rules =
          reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
      assertThat(rules).isGreaterThanOrEqualTo(30);
    }
    assertThat(GovernmentSynonyms.parse().fst).isNotNull();
  }

  @Test
  void abbreviationExpandsToTheStemsOfItsLongForm() {
    List<String> longForm =
        terms("Dinas Kependudukan dan Pencatatan Sipil", GovernmentSynonymsTest::indexChain);
    assertThat(terms("DISDUKCAPIL", GovernmentSynonymsTest::searchChain))
        .contains("disdukcapil")
        .containsAll(longForm);
  }

  @Test
  void longFormExpandsToTheAbbreviationAtTheSamePosition() {
    List<Token> tokens =
        analyze("layanan rumah sakit umum daerah", GovernmentSynonymsTest::searchChain);
    assertThat(tokens).contains(new Token("layan", 0), new Token("rsud", 1), new Token("rumah", 1));
  }

  @Test
  void unrelatedTextPassesThroughUnchanged() {
    assertThat(terms("inovasi pengelolaan sampah", GovernmentSynonymsTest::searchChain))
        .containsExactly("inovasi", "kelola", "sampah");
  }
}
