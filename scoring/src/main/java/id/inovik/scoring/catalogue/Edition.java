package id.inovik.scoring.catalogue;

import id.inovik.scoring.region.Region;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IID rubric of one edition (year), loaded from its catalogue resource. Everything that changes
 * between years lives here, never in the calculators.
 *
 * @param divisorMinimum k in MAX(k, n)
 * @param countPointsHundredths innovation-count points per innovation, in hundredths (0.38 = 38)
 * @param countCap n is capped here for the count score
 * @param basicServiceRule the yandas coverage rule, or null when the edition has none
 * @param predikatBands bands ordered from the highest minimum down
 * @param provenance confidence and source per catalogue part ("divisor", "predikat", ...)
 */
public record Edition(
    int year,
    String guideline,
    List<Indicator> indicators,
    int divisorMinimum,
    long countPointsHundredths,
    int countCap,
    BigDecimal maximumTotal,
    BasicServiceRule basicServiceRule,
    MandatoryRule mandatoryRule,
    List<PredikatBand> predikatBands,
    List<AwardCategory> awardCategories,
    CategoryAssignment categoryAssignment,
    JuryRubric juryRubric,
    Map<String, Provenance> provenance) {

  public Edition {
    indicators = List.copyOf(indicators);
    predikatBands =
        predikatBands.stream()
            .sorted(Comparator.comparing(PredikatBand::minimum).reversed())
            .toList();
    awardCategories = List.copyOf(awardCategories);
    // insertion order (the catalogue's order), so that output is the same on every run
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    if (divisorMinimum < 1 || countCap < 0) {
      throw new IllegalArgumentException("edition " + year + ": bad divisor or cap");
    }
  }

  /**
   * The same edition under another mandatory-indicator rule (what-if on the rule the sources leave
   * open, docs/domain/iid.md#mandatory-indicators).
   */
  public Edition withMandatoryRule(MandatoryRule rule) {
    return new Edition(
        year,
        guideline,
        indicators,
        divisorMinimum,
        countPointsHundredths,
        countCap,
        maximumTotal,
        basicServiceRule,
        rule,
        predikatBands,
        awardCategories,
        categoryAssignment,
        juryRubric,
        provenance);
  }

  public List<Indicator> indicators(Aspect aspect) {
    return indicators.stream().filter(i -> i.aspect() == aspect).toList();
  }

  public Optional<Indicator> indicator(String code) {
    return indicators.stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst();
  }

  /** Indicators by code, in catalogue order. */
  public Map<String, Indicator> indicatorsByCode() {
    Map<String, Indicator> byCode = new LinkedHashMap<>();
    indicators.forEach(i -> byCode.put(i.code(), i));
    return byCode;
  }

  /** The predikat of a (rounded) IID under this edition's bands. */
  public String predikat(BigDecimal iid) {
    return predikatBands.stream()
        .filter(b -> iid.compareTo(b.minimum()) >= 0)
        .findFirst()
        .orElse(predikatBands.getLast())
        .label();
  }

  public Optional<AwardCategory> awardCategory(String code) {
    return awardCategories.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** The award categories a region competes in, following the edition's assignment policy. */
  public List<AwardCategory> categoriesOf(Region region) {
    List<AwardCategory> matching = awardCategories.stream().filter(c -> c.matches(region)).toList();
    return categoryAssignment == CategoryAssignment.FIRST_MATCH && matching.size() > 1
        ? List.of(matching.getFirst())
        : matching;
  }

  /** True when a region competes in the category under the assignment policy. */
  public boolean competesIn(Region region, AwardCategory category) {
    return categoriesOf(region).contains(category);
  }
}
