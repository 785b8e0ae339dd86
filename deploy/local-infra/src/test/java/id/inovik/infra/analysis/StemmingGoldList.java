package id.inovik.infra.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Indonesian words with their known roots, from {@code analysis/stemming-gold-id.tsv}. */
record StemmingGoldList(List<Entry> entries) {

  record Entry(String word, String root) {}

  record Score(int correct, int total, List<String> misses) {
    double accuracy() {
      return (double) correct / total;
    }

    @Override
    public String toString() {
      return String.format(
          "%d/%d = %.1f%% (misses: %s)",
          correct, total, accuracy() * 100, String.join(", ", misses));
    }
  }

  static StemmingGoldList load() {
    var in =
        Objects.requireNonNull(
            StemmingGoldList.class.getResourceAsStream("/analysis/stemming-gold-id.tsv"));
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        entries.add(new Entry(columns[0].strip(), columns[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StemmingGoldList(List.copyOf(entries));
  }

  Score score(UnaryOperator<String> stemmer) {
    int correct = 0;
    List<String> misses = new ArrayList<>();
    for (Entry entry : entries) {
      String stem = stemmer.apply(entry.word());
      if (entry.root().equals(stem)) {
        correct++;
      } else {
        misses.add(entry.word() + "->" + stem + " (expected " + entry.root() + ")");
      }
    }
    return new Score(correct, entries.size(), misses);
  }
}
