package id.inovik.analysis.synonyms;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Search-time expansion of government abbreviations and their long forms (OPD, SKPD, perangkat
 * daerah; RSUD, rumah sakit umum daerah; ...). Produces a token graph, which only query parsing can
 * consume correctly, hence {@link AnalysisMode#SEARCH_TIME}: Elasticsearch rejects it in an index
 * analyzer. Changing the rules therefore needs no reindexing, only a plugin upgrade.
 */
@NamedComponent("inovik_synonyms")
public final class SynonymsFilterFactory implements TokenFilterFactory {

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new SynonymGraphFilter(tokenStream, GovernmentSynonyms.map(), true);
  }

  @Override
  public AnalysisMode getAnalysisMode() {
    return AnalysisMode.SEARCH_TIME;
  }
}
