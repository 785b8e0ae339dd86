package id.inovik.analysis.stemming;

import static id.inovik.analysis.AnalysisChain.terms;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.junit.jupiter.api.Test;

class SastrawiStemFilterTest {

  @Test
  void reducesDerivedWordsToTheirDictionaryRoot() {
    assertThat(terms("pengelolaan perumahan kependudukan pelayanan", SastrawiStemFilter::new))
        .containsExactly("kelola", "rumah", "duduk", "layan");
  }

  @Test
  void leavesWordsOutsideTheDictionaryUnchanged() {
    assertThat(terms("disdukcapil sleman stunting", SastrawiStemFilter::new))
        .containsExactly("disdukcapil", "sleman", "stunting");
  }

  @Test
  void skipsTokensWithDigitsOrCapitals() {
    assertThat(terms("pelayanan2024 Pelayanan", SastrawiStemFilter::new))
        .containsExactly("pelayanan2024", "Pelayanan");
  }

  @Test
  void respectsKeywordMarkers() {
    CharArraySet protectedWords = new CharArraySet(java.util.List.of("perumahan"), false);
    assertThat(
            terms(
                "Perumahan pelayanan",
                in ->
                    new SastrawiStemFilter(
                        new SetKeywordMarkerFilter(new LowerCaseFilter(in), protectedWords))))
        .containsExactly("perumahan", "layan");
  }
}
