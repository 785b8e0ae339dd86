package id.inovik.analysis.normalization;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Lowercases every token. The integ-test distribution ships without the analysis-common module, so
 * Elasticsearch's own {@code lowercase} filter is not available there; this one is, on every
 * distribution that loads the plugin.
 */
@NamedComponent("inovik_lowercase")
public final class LowercaseFilterFactory implements TokenFilterFactory {

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new LowerCaseFilter(tokenStream);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    return create(tokenStream);
  }
}
