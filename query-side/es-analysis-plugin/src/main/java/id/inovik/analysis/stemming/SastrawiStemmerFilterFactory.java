package id.inovik.analysis.stemming;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Dictionary-based Indonesian stemming (Sastrawi). Expects lowercased, ASCII-folded input: place it
 * after {@code inovik_lowercase} and {@code inovik_asciifolding} (and after {@code inovik_synonyms}
 * in search analyzers).
 */
@NamedComponent("inovik_stemmer")
public final class SastrawiStemmerFilterFactory implements TokenFilterFactory {

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new SastrawiStemFilter(tokenStream);
  }
}
