package id.inovik.scoring.catalogue;

import id.inovik.scoring.region.RegionType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versioned rubric catalogues shipped as resources under {@code id/inovik/scoring/catalogue}:
 * one {@code iid-YYYY.json} per edition, which names its indicator set and jury rubric.
 */
public final class RubricCatalogue {
  /** Editions shipped with this module. */
  public static final List<Integer> SHIPPED_EDITIONS = List.of(2023, 2024, 2025, 2026, 2027);

  private static final String BASE = "/id/inovik/scoring/catalogue/";
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final RubricCatalogue STANDARD = load(SHIPPED_EDITIONS);

  private final SortedMap<Integer, Edition> editions;
  private final Map<Integer, String> fingerprints;

  private RubricCatalogue(SortedMap<Integer, Edition> editions, Map<Integer, String> fingerprints) {
    this.editions = editions;
    this.fingerprints = Map.copyOf(fingerprints);
  }

  /** The catalogue of all shipped editions (loaded once). */
  public static RubricCatalogue standard() {
    return STANDARD;
  }

  /** Shorthand for {@code standard().edition(year)}. */
  public static Edition edition(int year) {
    return STANDARD.get(year);
  }

  /**
   * The jury rubric of a jury-only programme, shipped as {@code jury-<programme>.json} (e.g. {@code
   * jury-kipp.json}); its provenance is read from the same file.
   *
   * @throws IllegalArgumentException when no rubric is shipped for the programme
   */
  public static JuryRubric programmeJuryRubric(String programme) {
    String name = "jury-" + programme.strip().toLowerCase(Locale.ROOT) + ".json";
    if (RubricCatalogue.class.getResource(BASE + name) == null) {
      throw new IllegalArgumentException("no jury rubric shipped for programme " + programme);
    }
    JsonNode doc = read(name);
    return parseJuryRubric(doc, provenance(doc));
  }

  public Edition get(int year) {
    Edition edition = editions.get(year);
    if (edition == null) {
      throw new IllegalArgumentException(
          "no IID rubric for edition " + year + "; known: " + editions.keySet());
    }
    return edition;
  }

  public List<Edition> editions() {
    return List.copyOf(editions.values());
  }

  /**
   * A fingerprint of the rubric data an edition was built from: {@code sha256:} and the hex SHA-256
   * of the edition document and of every resource it names (indicator set, jury rubric, ...), each
   * re-serialised as compact JSON, in the order they were read. Two catalogues give the same
   * fingerprint exactly when they hold the same rubric data, so a ranking that records it can be
   * checked against the rubric in force later (a corrected rubric has another fingerprint).
   */
  public String fingerprint(int year) {
    String fingerprint = fingerprints.get(year);
    if (fingerprint == null) {
      throw new IllegalArgumentException(
          "no IID rubric for edition " + year + "; known: " + editions.keySet());
    }
    return fingerprint;
  }

  private static RubricCatalogue load(List<Integer> years) {
    SortedMap<Integer, Edition> loaded = new TreeMap<>();
    Map<Integer, String> fingerprints = new HashMap<>();
    Map<String, JsonNode> shared = new HashMap<>();
    for (int year : years) {
      JsonNode doc = read("iid-" + year + ".json");
      List<JsonNode> parts = new ArrayList<>();
      parts.add(doc);
      loaded.put(
          year,
          parseEdition(
              doc,
              name -> {
                JsonNode part = shared.computeIfAbsent(name, RubricCatalogue::read);
                parts.add(part);
                return part;
              }));
      fingerprints.put(year, sha256(parts));
    }
    return new RubricCatalogue(loaded, fingerprints);
  }

  /**
   * Parses an edition document; {@code resources} resolves the indicator-set and jury-rubric files
   * it names. Public so that a corrected catalogue can be loaded from elsewhere.
   */
  public static Edition parseEdition(
      JsonNode doc, java.util.function.Function<String, JsonNode> resources) {
    int year = doc.get("edition").asInt();
    Map<String, Provenance> provenance = new LinkedHashMap<>();

    JsonNode indicatorSetRef = doc.get("indicatorSet");
    provenance.put("indicatorSet", provenance(indicatorSetRef));
    List<Indicator> indicators =
        parseIndicators(resources.apply(indicatorSetRef.get("resource").asString()));

    JsonNode maxima = doc.get("maxima");
    provenance.put("maxima", provenance(maxima));
    checkMaxima(year, indicators, maxima);

    JsonNode divisor = doc.get("divisor");
    provenance.put("divisor", provenance(divisor));
    JsonNode count = doc.get("innovationCountScore");
    provenance.put("innovationCountScore", provenance(count));
    long countHundredths =
        count.get("pointsPerInnovation").decimalValue().movePointRight(2).longValueExact();

    BasicServiceRule basicServiceRule = null;
    JsonNode rule = doc.get("basicServiceRule");
    if (rule != null && !rule.isNull()) {
      List<BasicServiceAffair> affairs = new ArrayList<>();
      for (JsonNode a : rule.get("affairs")) {
        affairs.add(
            new BasicServiceAffair(
                a.get("code").asString(), a.get("label").asString(), strings(a.get("aliases"))));
      }
      basicServiceRule =
          new BasicServiceRule(rule.get("minimumCovered").asInt(), affairs, provenance(rule));
      provenance.put("basicServiceRule", basicServiceRule.provenance());
    }

    JsonNode mandatory = doc.get("mandatoryRule");
    provenance.put("mandatoryRule", provenance(mandatory));

    JsonNode predikat = doc.get("predikat");
    provenance.put("predikat", provenance(predikat));
    List<PredikatBand> bands = new ArrayList<>();
    for (JsonNode band : predikat.get("bands")) {
      bands.add(new PredikatBand(band.get("label").asString(), band.get("minimum").decimalValue()));
    }

    JsonNode categories = doc.get("awardCategories");
    provenance.put("awardCategories", provenance(categories));
    List<AwardCategory> awardCategories = new ArrayList<>();
    for (JsonNode c : categories.get("categories")) {
      Set<RegionType> types = new HashSet<>();
      strings(c.get("regionTypes")).forEach(t -> types.add(RegionType.parse(t)));
      awardCategories.add(
          new AwardCategory(
              c.get("code").asString(),
              c.get("label").asString(),
              types,
              c.has("flag") ? c.get("flag").asString() : "",
              new HashSet<>(strings(c.get("provinceCodes"))),
              c.has("confidence") ? provenance(c) : provenance(categories)));
    }

    JsonNode juryRef = doc.get("juryRubric");
    provenance.put("juryRubric", provenance(juryRef));
    JuryRubric juryRubric =
        parseJuryRubric(resources.apply(juryRef.get("resource").asString()), provenance(juryRef));

    return new Edition(
        year,
        doc.path("guideline").isNull() ? "" : doc.path("guideline").asString(""),
        indicators,
        divisor.get("minimum").asInt(),
        countHundredths,
        count.get("cap").asInt(),
        maxima.get("total").decimalValue(),
        basicServiceRule,
        MandatoryRule.valueOf(mandatory.get("rule").asString()),
        bands,
        awardCategories,
        CategoryAssignment.valueOf(categories.get("assignment").asString()),
        juryRubric,
        provenance);
  }

  private static List<Indicator> parseIndicators(JsonNode set) {
    List<Indicator> indicators = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (JsonNode i : set.get("indicators")) {
      List<BenefitBasis> bases = new ArrayList<>();
      for (JsonNode b : i.path("benefitBases")) {
        bases.add(
            new BenefitBasis(
                b.get("code").asString(), b.get("label").asString(), strings(b.get("options"))));
      }
      Indicator indicator =
          new Indicator(
              i.get("code").asString(),
              Aspect.valueOf(i.get("aspect").asString()),
              i.get("variable").asString(),
              i.get("label").asString(),
              i.get("weight").decimalValue(),
              i.get("mandatory").asBoolean(),
              strings(i.get("options")),
              bases);
      if (!codes.add(indicator.code())) {
        throw new IllegalArgumentException("duplicate indicator code " + indicator.code());
      }
      indicators.add(indicator);
    }
    return indicators;
  }

  /**
   * The catalogue's maxima must follow from its weights, so a typo in a weight is caught at load.
   */
  private static void checkMaxima(int year, List<Indicator> indicators, JsonNode maxima) {
    BigDecimal three = BigDecimal.valueOf(Indicator.OPTION_COUNT);
    for (Aspect aspect : Aspect.values()) {
      BigDecimal max =
          indicators.stream()
              .filter(i -> i.aspect() == aspect)
              .map(i -> i.weight().multiply(three))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal declared =
          maxima.get(aspect == Aspect.SPD ? "spd" : "sidPerInnovation").decimalValue();
      if (max.compareTo(declared) != 0) {
        throw new IllegalArgumentException(
            "edition "
                + year
                + ": "
                + aspect
                + " weights give a maximum of "
                + max
                + ", catalogue says "
                + declared);
      }
    }
  }

  private static JuryRubric parseJuryRubric(JsonNode doc, Provenance provenance) {
    List<JuryCriterion> criteria = new ArrayList<>();
    for (JsonNode c : doc.get("criteria")) {
      criteria.add(
          new JuryCriterion(
              c.get("code").asString(), c.get("label").asString(), c.get("weight").decimalValue()));
    }
    return new JuryRubric(doc.get("id").asString(), criteria, provenance);
  }

  private static Provenance provenance(JsonNode node) {
    return new Provenance(
        Confidence.valueOf(node.path("confidence").asString("I")),
        node.path("source").asString(""),
        node.path("note").asString(""));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      array.forEach(v -> values.add(v.asString()));
    }
    return values;
  }

  private static String sha256(List<JsonNode> parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (JsonNode part : parts) {
        digest.update(JSON.writeValueAsBytes(part));
        digest.update((byte) '\n');
      }
      return "sha256:" + HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static JsonNode read(String name) {
    try (InputStream in = RubricCatalogue.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("catalogue resource missing: " + BASE + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
