package id.inovik.scoring.iid;

import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.BasicServiceRule;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import id.inovik.scoring.catalogue.MandatoryRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Scores innovations and SPD claims under one edition's rubric, and checks submissions against it.
 * Stateless and thread-safe; the building block of {@link IidCalculator} and {@link
 * EditionScoreboard}.
 */
public final class EditionScorer {
  private static final Pattern REGION_CODE = Pattern.compile("\\d{2}(\\.\\d{2})?");

  private final Edition edition;
  private final IidFormula formula;
  private final Map<String, Indicator> spd = new HashMap<>();
  private final Map<String, Indicator> sid = new HashMap<>();
  private final long maxSpdHundredths;
  private final long maxSidHundredths;
  private final List<Indicator> mandatorySid;

  /** Basic-service affair index per affair name as written in submissions (-1: not one). */
  private final Map<String, Integer> affairIndex = new ConcurrentHashMap<>();

  public EditionScorer(Edition edition) {
    this.edition = edition;
    this.formula = new IidFormula(edition);
    long spdMax = 0;
    long sidMax = 0;
    for (Indicator indicator : edition.indicators()) {
      String code = key(indicator.code());
      if (indicator.aspect() == Aspect.SPD) {
        spd.put(code, indicator);
        spdMax += indicator.weightHundredths() * Indicator.OPTION_COUNT;
      } else {
        sid.put(code, indicator);
        sidMax += indicator.weightHundredths() * Indicator.OPTION_COUNT;
      }
    }
    this.maxSpdHundredths = spdMax;
    this.maxSidHundredths = sidMax;
    this.mandatorySid =
        edition.indicators(Aspect.SID).stream().filter(Indicator::mandatory).toList();
  }

  public Edition edition() {
    return edition;
  }

  public IidFormula formula() {
    return formula;
  }

  /** The indicator of the given aspect and code (case-insensitive), or null. */
  public Indicator indicator(Aspect aspect, String code) {
    Map<String, Indicator> byCode = aspect == Aspect.SPD ? spd : sid;
    Indicator indicator = byCode.get(code);
    return indicator != null ? indicator : byCode.get(key(code));
  }

  /** Canonical form of an indicator code: lower case, trimmed. */
  public static String key(String code) {
    return code.trim().toLowerCase(Locale.ROOT);
  }

  /** SID_j of one innovation on both sides. The submission must have passed {@link #check}. */
  public InnovationScore scoreInnovation(InnovationSubmission innovation) {
    int mask = affairMask(innovation);
    if (innovation.scoredDirectly()) {
      long claimed = hundredths(innovation.sidScore());
      long validated =
          innovation.validatedSidScore() == null
              ? claimed
              : hundredths(innovation.validatedSidScore());
      long pending = innovation.validatedSidScore() == null ? claimed : 0;
      return new InnovationScore(
          innovation.id(), claimed, validated, true, true, false, false, mask, pending);
    }
    long claimed = 0;
    long validated = 0;
    long pending = 0;
    for (Map.Entry<String, IndicatorClaim> entry : innovation.indicators().entrySet()) {
      Indicator indicator = sid.get(entry.getKey());
      IndicatorClaim claim = entry.getValue();
      long weight = indicator.weightHundredths();
      claimed += weight * claim.option();
      validated += weight * claim.validatedOption();
      if (claim.status() == ValidationStatus.PENDING) {
        pending += weight * claim.option();
      }
    }
    boolean missingClaimed = mandatoryMissing(innovation, false);
    boolean missingValidated = mandatoryMissing(innovation, true);
    MandatoryRule rule = edition.mandatoryRule();
    boolean countedClaimed = !(missingClaimed && rule == MandatoryRule.INNOVATION_EXCLUDED);
    boolean countedValidated = !(missingValidated && rule == MandatoryRule.INNOVATION_EXCLUDED);
    if (rule != MandatoryRule.ROW_ZERO) {
      claimed = missingClaimed ? 0 : claimed;
      if (missingValidated) {
        validated = 0;
        pending = 0;
      }
    }
    return new InnovationScore(
        innovation.id(),
        claimed,
        validated,
        countedClaimed,
        countedValidated,
        missingClaimed,
        missingValidated,
        mask,
        pending);
  }

  /** The mandatory SID rows that are empty (claimed side) or empty/zeroed (validated side). */
  public List<Indicator> missingMandatory(InnovationSubmission innovation, boolean validated) {
    List<Indicator> missing = new ArrayList<>();
    if (innovation.scoredDirectly()) {
      return missing;
    }
    for (Indicator indicator : mandatorySid) {
      IndicatorClaim claim = innovation.indicators().get(indicator.code());
      if (claim == null || claim.option(validated) == 0) {
        missing.add(indicator);
      }
    }
    return missing;
  }

  private boolean mandatoryMissing(InnovationSubmission innovation, boolean validated) {
    for (Indicator indicator : mandatorySid) {
      IndicatorClaim claim = innovation.indicators().get(indicator.code());
      if (claim == null || claim.option(validated) == 0) {
        return true;
      }
    }
    return false;
  }

  /** SPD points in hundredths on one side. */
  public long spdHundredths(RegionSubmission submission, boolean validated) {
    if (submission.spdScore() != null) {
      BigDecimal score =
          validated && submission.validatedSpdScore() != null
              ? submission.validatedSpdScore()
              : submission.spdScore();
      return hundredths(score);
    }
    long total = 0;
    for (Map.Entry<String, IndicatorClaim> entry : submission.spd().entrySet()) {
      total += spd.get(entry.getKey()).weightHundredths() * entry.getValue().option(validated);
    }
    return total;
  }

  /** SPD points in hundredths that rest on claims not validated yet. */
  public long spdPendingHundredths(RegionSubmission submission) {
    if (submission.spdScore() != null) {
      return submission.validatedSpdScore() == null ? hundredths(submission.spdScore()) : 0;
    }
    long total = 0;
    for (Map.Entry<String, IndicatorClaim> entry : submission.spd().entrySet()) {
      if (entry.getValue().status() == ValidationStatus.PENDING) {
        total += spd.get(entry.getKey()).weightHundredths() * entry.getValue().option();
      }
    }
    return total;
  }

  /** Basic-service affairs (bit per affair of the edition's rule) an innovation covers. */
  public int affairMask(InnovationSubmission innovation) {
    BasicServiceRule rule = edition.basicServiceRule();
    if (rule == null) {
      return 0;
    }
    int mask = bit(rule, innovation.mainAffair());
    for (String affair : innovation.relatedAffairs()) {
      mask |= bit(rule, affair);
    }
    return mask;
  }

  private int bit(BasicServiceRule rule, String affair) {
    int index = affairIndex.computeIfAbsent(affair, a -> rule.indexOf(a).orElse(-1));
    return index < 0 ? 0 : 1 << index;
  }

  /** Totals of a whole submission on one side. */
  public RegionTotals totals(
      RegionSubmission submission, List<InnovationScore> scores, boolean validated) {
    long sum = 0;
    int n = 0;
    int mask = 0;
    for (InnovationScore score : scores) {
      if (score.counted(validated)) {
        sum += score.hundredths(validated);
        n++;
        mask |= score.affairMask();
      }
    }
    return new RegionTotals(spdHundredths(submission, validated), sum, n, mask);
  }

  /**
   * Every reason the submission cannot be scored under this edition, with paths under {@code path}.
   * Indicator codes the edition does not know are errors unless {@code lenientCodes}, when they are
   * left out (what-if scoring under another edition's rubric).
   */
  public List<InputError> check(RegionSubmission submission, String path, boolean lenientCodes) {
    List<InputError> errors = new ArrayList<>();
    String code = submission.region().code();
    if (!REGION_CODE.matcher(code).matches()) {
      errors.add(
          new InputError(
              path + ".code", "must be a Kemendagri code PP or PP.RR, not '" + code + "'"));
    }
    if (submission.spdScore() != null) {
      checkDirect(submission.spdScore(), maxSpdHundredths, path + ".spdScore", errors);
      if (submission.validatedSpdScore() != null) {
        checkDirect(
            submission.validatedSpdScore(), maxSpdHundredths, path + ".validatedSpdScore", errors);
        if (submission.validatedSpdScore().compareTo(submission.spdScore()) > 0) {
          errors.add(
              new InputError(
                  path + ".validatedSpdScore", "validation cannot raise the claimed score"));
        }
      }
    }
    submission
        .spd()
        .forEach(
            (c, claim) ->
                checkClaim(Aspect.SPD, c, claim, path + ".spd." + c, lenientCodes, errors));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < submission.innovations().size(); i++) {
      InnovationSubmission innovation = submission.innovations().get(i);
      String at = path + ".innovations[" + i + "]";
      if (innovation.id().isBlank()) {
        errors.add(new InputError(at + ".id", "is required"));
      } else if (!ids.add(innovation.id())) {
        errors.add(
            new InputError(
                at + ".id", "duplicate innovation id '" + innovation.id() + "' in this region"));
      }
      if (innovation.scoredDirectly()) {
        checkDirect(innovation.sidScore(), maxSidHundredths, at + ".sidScore", errors);
        if (innovation.validatedSidScore() != null) {
          checkDirect(
              innovation.validatedSidScore(), maxSidHundredths, at + ".validatedSidScore", errors);
          if (innovation.validatedSidScore().compareTo(innovation.sidScore()) > 0) {
            errors.add(
                new InputError(
                    at + ".validatedSidScore", "validation cannot raise the claimed score"));
          }
        }
      }
      innovation
          .indicators()
          .forEach(
              (c, claim) ->
                  checkClaim(Aspect.SID, c, claim, at + ".indicators." + c, lenientCodes, errors));
    }
    return errors;
  }

  private void checkClaim(
      Aspect aspect,
      String code,
      IndicatorClaim claim,
      String at,
      boolean lenientCodes,
      List<InputError> errors) {
    Indicator indicator = indicator(aspect, code);
    if (indicator == null) {
      if (!lenientCodes) {
        Indicator other = indicator(aspect == Aspect.SPD ? Aspect.SID : Aspect.SPD, code);
        errors.add(
            new InputError(
                at,
                other != null
                    ? "indicator " + code + " is an " + other.aspect() + " indicator, not " + aspect
                    : "edition "
                        + edition.year()
                        + " has no "
                        + aspect
                        + " indicator '"
                        + code
                        + "'"));
      }
      return;
    }
    if (claim.basis() != null && !claim.basis().isBlank()) {
      if (indicator.benefitBases().isEmpty()) {
        errors.add(
            new InputError(at + ".basis", "indicator " + code + " has no alternative bases"));
      } else if (indicator.benefitBasis(claim.basis()).isEmpty()) {
        errors.add(
            new InputError(
                at + ".basis",
                "unknown basis '"
                    + claim.basis()
                    + "'; one of "
                    + indicator.benefitBases().stream().map(b -> b.code()).toList()));
      }
    }
  }

  private static void checkDirect(
      BigDecimal score, long maxHundredths, String at, List<InputError> errors) {
    if (score.signum() < 0
        || score.movePointRight(2).compareTo(BigDecimal.valueOf(maxHundredths)) > 0) {
      errors.add(
          new InputError(
              at,
              "must be between 0 and "
                  + BigDecimal.valueOf(maxHundredths, 2).stripTrailingZeros().toPlainString()));
    } else if (score.stripTrailingZeros().scale() > 2) {
      errors.add(new InputError(at, "at most two decimals"));
    }
  }

  /** Points with at most two decimals as exact hundredths. */
  public static long hundredths(BigDecimal points) {
    return points.movePointRight(2).longValueExact();
  }

  /** A key that tells the rule's affair names apart; for explanations. */
  public List<String> affairLabels(int mask) {
    List<String> labels = new ArrayList<>();
    BasicServiceRule rule = edition.basicServiceRule();
    if (rule != null) {
      for (int i = 0; i < rule.affairs().size(); i++) {
        if ((mask & (1 << i)) != 0) {
          labels.add(rule.affairs().get(i).label());
        }
      }
    }
    return labels;
  }
}
