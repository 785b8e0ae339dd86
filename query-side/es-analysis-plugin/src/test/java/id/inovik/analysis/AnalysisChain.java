package id.inovik.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs a filter chain over a standard tokenizer in plain Lucene, the way Elasticsearch would. */
public final class AnalysisChain {

  public record Token(String term, int position) {}

  private AnalysisChain() {}

  public static List<Token> analyze(String text, UnaryOperator<TokenStream> filters) {
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(text));
    try (TokenStream stream = filters.apply(tokenizer)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      List<Token> tokens = new ArrayList<>();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position));
      }
      stream.end();
      return tokens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> terms(String text, UnaryOperator<TokenStream> filters) {
    return analyze(text, filters).stream().map(Token::term).toList();
  }
}
