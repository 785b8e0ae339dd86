package id.inovik.analysis.normalization;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Folds accented and other non-ASCII Latin letters to their ASCII form ("pélayanan" becomes
 * "pelayanan"), so that text pasted from word processors matches what users type.
 */
@NamedComponent("inovik_asciifolding")
public final class AsciiFoldingFilterFactory implements TokenFilterFactory {

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new ASCIIFoldingFilter(tokenStream, false);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    return create(tokenStream);
  }
}
