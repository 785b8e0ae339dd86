package id.inovik.analysis.stemming;

import java.io.IOException;
import jsastrawi.morphology.Lemmatizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces each lowercase Indonesian word by its dictionary root (pengelolaan, mengelola and kelola
 * all become "kelola"). Tokens the dictionary cannot reduce stay as they are, so abbreviations,
 * names and foreign words pass through unchanged. Tokens marked as keywords and tokens containing
 * anything but letters are left alone. Positions are untouched, which keeps synonym graphs intact.
 */
public final class SastrawiStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final Lemmatizer lemmatizer;

  public SastrawiStemFilter(TokenStream input) {
    this(input, SastrawiDictionary.lemmatizer());
  }

  SastrawiStemFilter(TokenStream input, Lemmatizer lemmatizer) {
    super(input);
    this.lemmatizer = lemmatizer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword() && isStemmable(term)) {
      String root = lemmatizer.lemmatize(term.toString());
      if (root != null && !root.isEmpty() && !root.contentEquals(term)) {
        term.setEmpty().append(root);
      }
    }
    return true;
  }

  private static boolean isStemmable(CharSequence token) {
    if (token.length() < 4) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
