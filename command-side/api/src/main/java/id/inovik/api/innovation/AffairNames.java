package id.inovik.api.innovation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises a government affair as regions write it: the official label, the enum constant, the
 * agency that holds the affair and its abbreviation ({@code affair-names.txt} next to this class),
 * in any case, punctuation and spacing, with "&amp;" for "dan", a leading "Dinas"/"Badan"/"Kantor",
 * a trailing region name, and small typos.
 *
 * <p>It never guesses between affairs: a text that could name more than one affair, or a typo as
 * close to one affair as to another, is refused with the candidates; an unknown text is refused
 * with the closest known affair as a suggestion. An agency holding several affairs ("Dinas
 * Pendidikan dan Kebudayaan") names all of them: that is a list of related affairs, not a main one.
 */
public final class AffairNames {

  /** What a text names. */
  public sealed interface Resolution permits Known, Several, Unknown {}

  /** Exactly one affair. */
  public record Known(GovernmentAffair affair) implements Resolution {}

  /**
   * More than one affair.
   *
   * @param agency true when the text is an agency that holds all of them; false when it could be
   *     any one of them (ambiguous)
   */
  public record Several(List<GovernmentAffair> affairs, boolean agency) implements Resolution {
    public Several {
      affairs = List.copyOf(affairs);
    }
  }

  /**
   * Nothing known.
   *
   * @param suggestion the label of the closest known affair, or null
   */
  public record Unknown(String suggestion) implements Resolution {}

  /** A text that does not name the affair(s) asked for; the message is a field-level reason. */
  public static final class UnrecognisedAffairException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient Resolution resolution;

    UnrecognisedAffairException(String reason, Resolution resolution) {
      super(reason);
      this.resolution = resolution;
    }

    public Resolution resolution() {
      return resolution;
    }
  }

  /** One listed name: as written, its key, and the affairs it names. */
  record Entry(String name, String spaced, String compact, Set<GovernmentAffair> affairs) {}

  private static final Set<String> FILLER =
      Set.of("dan", "serta", "urusan", "pemerintahan", "bidang", "wajib", "pilihan");
  private static final Set<String> INSTITUTION = Set.of("dinas", "badan", "kantor");
  private static final Set<String> REGION =
      Set.of("kabupaten", "kab", "kota", "provinsi", "prov", "pemkab", "pemkot", "pemprov");
  private static final Map<String, String> SPELLING =
      Map.of(
          "perlindungan", "pelindungan",
          "ketentraman", "ketenteraman",
          "tenteram", "ketenteraman");

  private static final List<Entry> ENTRIES = load();
  private static final Map<String, Entry> BY_KEY = index(ENTRIES);

  private AffairNames() {}

  /** What {@code text} names. */
  public static Resolution resolve(String text) {
    if (text == null || text.isBlank()) {
      return new Unknown(null);
    }
    Resolution whole = resolveOne(text);
    if (!(whole instanceof Unknown)) {
      return whole;
    }
    // "Urusan Wajib Pelayanan Dasar - Kesehatan": the affair is the last part
    String[] parts = text.split("\\s[-\u2013\u2014]\\s|:");
    if (parts.length > 1 && !parts[parts.length - 1].isBlank()) {
      return resolveOne(parts[parts.length - 1]);
    }
    return whole;
  }

  /**
   * The one affair {@code text} names.
   *
   * @throws UnrecognisedAffairException with the reason (unknown with a suggestion, ambiguous with
   *     the candidates, or an agency of several affairs)
   */
  public static GovernmentAffair affair(String text) {
    Resolution r = resolve(text);
    if (r instanceof Known(GovernmentAffair affair)) {
      return affair;
    }
    throw new UnrecognisedAffairException(reason(text, r), r);
  }

  /**
   * The affairs {@code text} names: one, or all those of an agency that holds several.
   *
   * @throws UnrecognisedAffairException when unknown or ambiguous
   */
  public static List<GovernmentAffair> affairs(String text) {
    Resolution r = resolve(text);
    return switch (r) {
      case Known(GovernmentAffair affair) -> List.of(affair);
      case Several(List<GovernmentAffair> affairs, boolean agency) when agency -> affairs;
      default -> throw new UnrecognisedAffairException(reason(text, r), r);
    };
  }

  /** Why {@code text} is not one affair, as a field-level reason. */
  public static String reason(String text, Resolution r) {
    String shown = text == null ? "" : text.strip();
    return switch (r) {
      case Known(GovernmentAffair affair) -> "names " + affair.label();
      case Several(List<GovernmentAffair> affairs, boolean agency) when agency ->
          "'"
              + shown
              + "' is an agency of several affairs ("
              + labels(affairs, ", ")
              + "); give the one the innovation belongs to";
      case Several(List<GovernmentAffair> affairs, boolean agency) ->
          "ambiguous affair '" + shown + "': could be " + labels(affairs, " or ");
      case Unknown(String suggestion) when suggestion != null ->
          "unknown affair '" + shown + "'; did you mean '" + suggestion + "'?";
      case Unknown u -> "unknown affair '" + shown + "'";
    };
  }

  /** Every listed name (labels, constants, aliases as written) with the affairs it names. */
  public static Map<String, Set<GovernmentAffair>> names() {
    Map<String, Set<GovernmentAffair>> out = new LinkedHashMap<>();
    for (Entry e : ENTRIES) {
      out.merge(e.name(), e.affairs(), (a, b) -> a);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The key a name is compared by: lower case without accents, "&amp;" as "dan", punctuation and
   * the small words "dan", "serta", "urusan", "pemerintahan", "bidang" dropped, a leading "Dinas",
   * "Badan" or "Kantor" and a trailing "Kabupaten/Kota/Provinsi ..." cut off, words joined.
   */
  public static String key(String text) {
    return String.join("", words(text));
  }

  static List<String> words(String text) {
    String s =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replace("&", " dan ")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    List<String> words = new ArrayList<>();
    for (String w : s.split(" ")) {
      if (!w.isEmpty() && !FILLER.contains(w)) {
        words.add(SPELLING.getOrDefault(w, w));
      }
    }
    // "Urusan Wajib Pelayanan Dasar Kesehatan", "Non Pelayanan Dasar ..."
    int from = 0;
    if (words.size() > 2 && words.get(0).equals("non")) {
      from = 1;
    }
    if (words.size() > from + 2
        && words.get(from).equals("pelayanan")
        && words.get(from + 1).equals("dasar")) {
      words = new ArrayList<>(words.subList(from + 2, words.size()));
    }
    if (words.size() > 1 && INSTITUTION.contains(words.getFirst())) {
      words.removeFirst();
    }
    for (int i = 1; i < words.size() - 1; i++) {
      if (REGION.contains(words.get(i))) {
        words = new ArrayList<>(words.subList(0, i));
        break;
      }
    }
    return words;
  }

  private static Resolution resolveOne(String text) {
    List<String> words = words(text);
    String compact = String.join("", words);
    if (compact.isEmpty()) {
      return new Unknown(null);
    }
    Entry exact = BY_KEY.get(compact);
    if (exact != null) {
      return of(exact.affairs());
    }
    String spaced = String.join(" ", words);
    if (compact.length() >= 5) {
      // the first words of a one-affair name: "Pemberdayaan", "Kependudukan Pencatatan"
      Set<GovernmentAffair> prefixed = EnumSet.noneOf(GovernmentAffair.class);
      for (Entry e : ENTRIES) {
        if (e.affairs().size() == 1 && e.spaced().startsWith(spaced + " ")) {
          prefixed.addAll(e.affairs());
        }
      }
      if (prefixed.size() == 1) {
        return new Known(prefixed.iterator().next());
      }
      if (prefixed.size() > 1) {
        return new Several(List.copyOf(prefixed), false);
      }
    }
    int allowed = compact.length() >= 10 ? 2 : compact.length() >= 5 ? 1 : 0;
    int best = Integer.MAX_VALUE;
    List<Set<GovernmentAffair>> closest = new ArrayList<>();
    Entry nearest = null;
    double nearestShare = Double.MAX_VALUE;
    for (Entry e : ENTRIES) {
      int d = distance(compact, e.compact());
      if (d < best) {
        best = d;
        closest.clear();
      }
      if (d == best && !closest.contains(e.affairs())) {
        closest.add(e.affairs());
      }
      double share = (double) d / Math.max(compact.length(), e.compact().length());
      if (share < nearestShare) {
        nearestShare = share;
        nearest = e;
      }
    }
    if (best <= allowed) {
      if (closest.size() == 1) {
        return of(closest.getFirst());
      }
      Set<GovernmentAffair> candidates = EnumSet.noneOf(GovernmentAffair.class);
      closest.forEach(candidates::addAll);
      return new Several(List.copyOf(candidates), false);
    }
    return new Unknown(
        nearest == null || nearestShare > 0.6 ? null : nearest.affairs().iterator().next().label());
  }

  private static Resolution of(Set<GovernmentAffair> affairs) {
    return affairs.size() == 1
        ? new Known(affairs.iterator().next())
        : new Several(List.copyOf(affairs), true);
  }

  private static String labels(List<GovernmentAffair> affairs, String separator) {
    return affairs.stream().map(GovernmentAffair::label).collect(Collectors.joining(separator));
  }

  /**
   * Edit distance with adjacent transpositions (optimal string alignment): a typed letter too many,
   * too few, wrong, or two swapped letters each count one.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }

  static List<Entry> entries() {
    return ENTRIES;
  }

  private static List<Entry> load() {
    List<Entry> entries = new ArrayList<>();
    for (GovernmentAffair a : GovernmentAffair.values()) {
      entries.add(entry(a.label(), EnumSet.of(a)));
      entries.add(entry(a.name(), EnumSet.of(a)));
    }
    try (InputStream in = AffairNames.class.getResourceAsStream("affair-names.txt")) {
      if (in == null) {
        throw new IllegalStateException("affair-names.txt is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<GovernmentAffair> section = null;
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (s.startsWith("[") && s.endsWith("]")) {
          section = EnumSet.noneOf(GovernmentAffair.class);
          for (String name : s.substring(1, s.length() - 1).split("\\+")) {
            section.add(GovernmentAffair.valueOf(name.strip()));
          }
          continue;
        }
        if (section == null) {
          throw new IllegalStateException("affair-names.txt:" + number + ": name before [AFFAIR]");
        }
        entries.add(entry(s, section));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }

  private static Entry entry(String name, Set<GovernmentAffair> affairs) {
    List<String> words = words(name);
    return new Entry(
        name,
        String.join(" ", words),
        String.join("", words),
        Collections.unmodifiableSet(affairs));
  }

  private static Map<String, Entry> index(List<Entry> entries) {
    Map<String, Entry> byKey = new LinkedHashMap<>();
    for (Entry e : entries) {
      Entry before = byKey.putIfAbsent(e.compact(), e);
      if (before != null && !before.affairs().equals(e.affairs())) {
        throw new IllegalStateException(
            "affair-names.txt: '"
                + e.name()
                + "' and '"
                + before.name()
                + "' read the same but name different affairs "
                + Arrays.asList(before.affairs().toArray())
                + " / "
                + Arrays.asList(e.affairs().toArray()));
      }
    }
    return Collections.unmodifiableMap(byKey);
  }
}
