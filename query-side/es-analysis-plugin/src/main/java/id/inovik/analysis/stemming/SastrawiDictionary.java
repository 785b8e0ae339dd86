package id.inovik.analysis.stemming;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import jsastrawi.morphology.DefaultLemmatizer;
import jsastrawi.morphology.Lemmatizer;

/**
 * The Sastrawi lemmatizer with its bundled dictionary of about 30,000 Indonesian root words. Loaded
 * once per node on first use and shared by every analyzer: the lemmatizer keeps no state between
 * calls.
 */
final class SastrawiDictionary {

  static final String ROOT_WORDS_RESOURCE = "root-words.txt";

  private SastrawiDictionary() {}

  static Lemmatizer lemmatizer() {
    return Holder.LEMMATIZER;
  }

  private static final class Holder {
    private static final Lemmatizer LEMMATIZER = new DefaultLemmatizer(loadRootWords());
  }

  private static Set<String> loadRootWords() {
    ClassLoader loader = DefaultLemmatizer.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(ROOT_WORDS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Sastrawi dictionary " + ROOT_WORDS_RESOURCE + " is missing from the plugin");
      }
      Set<String> words = new HashSet<>(40_000);
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          String word = line.strip();
          if (!word.isEmpty()) {
            words.add(word);
          }
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Sastrawi dictionary", e);
    }
  }
}
