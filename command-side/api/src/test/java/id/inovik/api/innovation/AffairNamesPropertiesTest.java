package id.inovik.api.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.innovation.AffairNames.Known;
import id.inovik.api.innovation.AffairNames.Resolution;
import id.inovik.api.innovation.AffairNames.Several;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link AffairNames} over every listed name. */
class AffairNamesPropertiesTest {

  private static final List<Map.Entry<String, Set<GovernmentAffair>>> NAMES =
      List.copyOf(AffairNames.names().entrySet());

  /** What a name resolves to when it is what the data file says. */
  private static boolean names(Resolution r, Set<GovernmentAffair> affairs) {
    return switch (r) {
      case Known(GovernmentAffair a) -> affairs.equals(Set.of(a));
      case Several(List<GovernmentAffair> several, boolean agency) ->
          agency && affairs.equals(Set.copyOf(several));
      default -> false;
    };
  }

  /** A refusal: unknown, or ambiguous with candidates. */
  private static boolean refused(Resolution r) {
    return r instanceof AffairNames.Unknown || (r instanceof Several s && !s.agency());
  }

  @Property(tries = 1000)
  void everyNameRoundTripsWhateverItsCaseSpacingAndPunctuation(
      @ForAll("names") Map.Entry<String, Set<GovernmentAffair>> name, @ForAll("styles") int style) {
    String text =
        switch (style) {
          case 0 -> name.getKey();
          case 1 -> name.getKey().toUpperCase(java.util.Locale.ROOT);
          case 2 -> name.getKey().toLowerCase(java.util.Locale.ROOT);
          case 3 -> "  " + name.getKey().replace(" ", "  ") + " ";
          case 4 -> name.getKey().replace(" dan ", " & ");
          case 5 -> name.getKey().replace(" ", ", ");
          case 6 -> name.getKey() + " Kabupaten Sidoarjo";
          default ->
              name.getKey().matches("(?i)(dinas|badan|kantor) .*")
                  ? name.getKey() + " Kota Surabaya"
                  : "Dinas " + name.getKey() + " Kota Surabaya";
        };
    assertThat(names(AffairNames.resolve(text), name.getValue()))
        .as("%s -> %s", text, AffairNames.resolve(text))
        .isTrue();
  }

  @Property(tries = 5000)
  void aOneLetterTypoOfALongNameIsTheRightAffairOrRefusedNeverAnother(@ForAll("typos") Typo typo) {
    Resolution r = AffairNames.resolve(typo.text());
    assertThat(names(r, typo.affairs()) || refused(r))
        .as("%s (from %s) -> %s", typo.text(), typo.name(), r)
        .isTrue();
  }

  record Typo(String name, String text, Set<GovernmentAffair> affairs) {}

  @Provide
  Arbitrary<Map.Entry<String, Set<GovernmentAffair>>> names() {
    return Arbitraries.of(NAMES);
  }

  @Provide
  Arbitrary<Integer> styles() {
    return Arbitraries.integers().between(0, 7);
  }

  @Provide
  Arbitrary<Typo> typos() {
    Arbitrary<Map.Entry<String, Set<GovernmentAffair>>> longNames =
        Arbitraries.of(
            NAMES.stream()
                .filter(e -> e.getKey().replaceAll("[^A-Za-z]", "").length() >= 6)
                .toList());
    return Combinators.combine(
            longNames,
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.chars().range('a', 'z'))
        .as(
            (name, kind, at, letter) -> {
              String s = name.getKey();
              int i = at % s.length();
              String text =
                  switch (kind) {
                    case 0 -> s.substring(0, i) + s.substring(i + 1); // a letter too few
                    case 1 -> s.substring(0, i) + letter + s.substring(i); // one too many
                    case 2 -> s.substring(0, i) + letter + s.substring(i + 1); // a wrong one
                    default ->
                        i + 1 < s.length()
                            ? s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2)
                            : s; // two swapped
                  };
              return new Typo(s, text, name.getValue());
            });
  }
}
