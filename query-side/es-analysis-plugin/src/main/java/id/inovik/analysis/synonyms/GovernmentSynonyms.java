package id.inovik.analysis.synonyms;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The synonym rules for Indonesian government abbreviations and their long forms, read from the
 * Solr-format resource {@value #RESOURCE}. Rules are analysed with the same tokenizer, lowercasing
 * and ASCII folding as the text they are matched against, so that "Disdukcapil" in a query meets
 * the rule written as "disdukcapil". Stemming is deliberately not part of rule analysis: the
 * stemmer runs after the synonym filter and stems the injected words exactly as it stems indexed
 * text.
 */
public final class GovernmentSynonyms {

  public static final String RESOURCE = "synonyms-id.txt";

  private GovernmentSynonyms() {}

  public static SynonymMap map() {
    return Holder.MAP;
  }

  private static final class Holder {
    private static final SynonymMap MAP = parse();
  }

  static SynonymMap parse() {
    try (Analyzer ruleAnalyzer = new RuleAnalyzer();
        InputStream in = GovernmentSynonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Synonym rules " + RESOURCE + " are missing from the plugin");
      }
      SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        parser.parse(reader);
      }
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read synonym rules " + RESOURCE, e);
    } catch (ParseException e) {
      throw new IllegalStateException(
          "Invalid synonym rule in " + RESOURCE + " at line " + e.getErrorOffset(), e);
    }
  }

  private static final class RuleAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer), false);
      return new TokenStreamComponents(tokenizer, stream);
    }
  }
}
