package id.inovik.scoring.iid;

import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.BasicServiceRule;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes one region's IID under one edition, claimed and validated, with its explanation
 * (docs/domain/iid.md#formula): SPD = sum of weight x option; SID_j likewise per innovation; SID =
 * sum SID_j / MAX(k, n) + count score; IID = total / 250 x 100, rounded to two decimals.
 */
public final class IidCalculator {
  private final EditionScorer scorer;
  private final Edition edition;
  private final IidFormula formula;

  public IidCalculator(Edition edition) {
    this.scorer = new EditionScorer(edition);
    this.edition = edition;
    this.formula = scorer.formula();
  }

  public EditionScorer scorer() {
    return scorer;
  }

  /** Scores a submission; unknown indicator codes are an error. */
  public RegionResult score(RegionSubmission submission) {
    return score(submission, false);
  }

  /**
   * Scores a submission. With {@code lenientCodes}, indicator codes this edition does not know are
   * left out and listed in {@link RegionResult#ignoredIndicators()} (what-if under another rubric).
   */
  public RegionResult score(RegionSubmission submission, boolean lenientCodes) {
    List<InputError> errors = scorer.check(submission, "region", lenientCodes);
    if (!errors.isEmpty()) {
      throw new ScoringInputException(errors);
    }
    TreeSet<String> ignored = new TreeSet<>();
    RegionSubmission known = lenientCodes ? dropUnknown(submission, ignored) : submission;
    return explain(known, new ArrayList<>(ignored));
  }

  private RegionSubmission dropUnknown(RegionSubmission submission, Set<String> ignored) {
    Map<String, IndicatorClaim> spd = new LinkedHashMap<>();
    submission.spd().forEach((code, claim) -> keep(Aspect.SPD, code, claim, spd, ignored));
    List<InnovationSubmission> innovations = new ArrayList<>();
    for (InnovationSubmission innovation : submission.innovations()) {
      Map<String, IndicatorClaim> sid = new LinkedHashMap<>();
      innovation.indicators().forEach((code, claim) -> keep(Aspect.SID, code, claim, sid, ignored));
      innovations.add(innovation.withIndicators(sid));
    }
    return submission.withSpd(spd).withInnovations(innovations);
  }

  private void keep(
      Aspect aspect,
      String code,
      IndicatorClaim claim,
      Map<String, IndicatorClaim> into,
      Set<String> ignored) {
    if (scorer.indicator(aspect, code) != null) {
      into.put(code, claim);
    } else {
      ignored.add(code);
    }
  }

  // a tally per status in an array indexed by the enum's ordinal: the cheapest counter here
  @SuppressWarnings("EnumOrdinal")
  private RegionResult explain(RegionSubmission submission, List<String> ignored) {
    List<InnovationScore> scores =
        submission.innovations().stream().map(scorer::scoreInnovation).toList();
    RegionTotals claimedTotals = scorer.totals(submission, scores, false);
    RegionTotals validatedTotals = scorer.totals(submission, scores, true);
    IidScore claimed = score(claimedTotals);
    IidScore validated = score(validatedTotals);

    int[] counts = new int[ValidationStatus.values().length];
    List<RowExplanation> spdRows =
        submission.spdScore() != null ? List.of() : rows(Aspect.SPD, submission.spd(), counts);
    List<InnovationExplanation> innovations = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      innovations.add(innovation(submission.innovations().get(i), scores.get(i), counts));
    }
    ValidationSummary validation =
        new ValidationSummary(
            counts[ValidationStatus.ACCEPTED.ordinal()],
            counts[ValidationStatus.DOWNGRADED.ordinal()],
            counts[ValidationStatus.ZEROED.ordinal()],
            counts[ValidationStatus.PENDING.ordinal()]);

    return new RegionResult(
        submission.region(),
        edition.year(),
        claimed,
        validated,
        Delta.between(claimed, validated),
        validation,
        RuleWording.explain(
            ruleFacts(submission, scores, claimed, validated, validatedTotals, validation)),
        impacts(submission, scores, validated.divisor(), false),
        atRisk(submission, scores, validated, validatedTotals),
        spdRows,
        innovations,
        ignored,
        List.of());
  }

  private IidScore score(RegionTotals totals) {
    return formula.score(
        totals.spdHundredths(),
        totals.sidSumHundredths(),
        totals.innovations(),
        totals.coveredMask());
  }

  @SuppressWarnings("EnumOrdinal") // the same tally as in explain()
  private List<RowExplanation> rows(
      Aspect aspect, Map<String, IndicatorClaim> claims, int[] counts) {
    List<RowExplanation> rows = new ArrayList<>();
    for (Indicator indicator : edition.indicators(aspect)) {
      IndicatorClaim claim = claims.get(EditionScorer.key(indicator.code()));
      if (claim == null) {
        claim = IndicatorClaim.claimed(0);
      } else if (claim.option() > 0) {
        counts[claim.status().ordinal()]++;
      }
      rows.add(
          new RowExplanation(
              indicator.code(),
              indicator.label(),
              indicator.variable(),
              indicator.weight(),
              indicator.mandatory(),
              claim.option(),
              optionText(indicator, claim, claim.option()),
              claim.validatedOption(),
              optionText(indicator, claim, claim.validatedOption()),
              claim.status(),
              points(indicator, claim.option()),
              points(indicator, claim.validatedOption()),
              claim.basis(),
              claim.note()));
    }
    return rows;
  }

  private static String optionText(Indicator indicator, IndicatorClaim claim, int option) {
    if (option > 0 && claim.basis() != null && indicator.benefitBasis(claim.basis()).isPresent()) {
      var basis = indicator.benefitBasis(claim.basis()).get();
      return basis.label() + ": " + basis.options().get(option - 1);
    }
    return indicator.optionLabel(option);
  }

  private static BigDecimal points(Indicator indicator, int option) {
    return BigDecimal.valueOf(indicator.weightHundredths() * option, 2);
  }

  private InnovationExplanation innovation(
      InnovationSubmission innovation, InnovationScore score, int[] counts) {
    return new InnovationExplanation(
        innovation.id(),
        innovation.name(),
        innovation.mainAffair(),
        innovation.relatedAffairs(),
        scorer.affairLabels(score.affairMask()),
        innovation.scoredDirectly(),
        BigDecimal.valueOf(score.claimedHundredths(), 2),
        BigDecimal.valueOf(score.validatedHundredths(), 2),
        score.countedClaimed(),
        score.countedValidated(),
        scorer.missingMandatory(innovation, false).stream().map(Indicator::code).toList(),
        scorer.missingMandatory(innovation, true).stream().map(Indicator::code).toList(),
        innovation.scoredDirectly()
            ? List.of()
            : rows(Aspect.SID, innovation.indicators(), counts));
  }

  /** What the edition's rules did to this region, as facts for {@link RuleWording}. */
  private RuleFacts ruleFacts(
      RegionSubmission submission,
      List<InnovationScore> scores,
      IidScore claimed,
      IidScore validated,
      RegionTotals validatedTotals,
      ValidationSummary validation) {
    RuleFacts.BasicServiceCoverage coverage = null;
    BasicServiceRule basic = edition.basicServiceRule();
    if (basic != null) {
      int mask = validatedTotals.coveredMask();
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < basic.affairs().size(); i++) {
        if ((mask & (1 << i)) == 0) {
          missing.add(basic.affairs().get(i).label());
        }
      }
      coverage =
          new RuleFacts.BasicServiceCoverage(
              basic.minimumCovered(), basic.affairs().size(), scorer.affairLabels(mask), missing);
    }
    List<RuleFacts.MandatoryGap> mandatoryMissing = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      if (scores.get(i).mandatoryMissingValidated()) {
        InnovationSubmission innovation = submission.innovations().get(i);
        mandatoryMissing.add(
            new RuleFacts.MandatoryGap(
                innovation.id(),
                scorer.missingMandatory(innovation, true).stream().map(Indicator::code).toList()));
      }
    }
    return new RuleFacts(
        edition.divisorMinimum(),
        claimed,
        validated,
        edition.countCap(),
        edition.countPointsHundredths(),
        coverage,
        edition.mandatoryRule(),
        mandatoryMissing,
        validation);
  }

  /** IID points per indicator between claimed and validated (or pending, with {@code pending}). */
  private List<IndicatorImpact> impacts(
      RegionSubmission submission, List<InnovationScore> scores, int divisor, boolean pending) {
    Map<String, long[]> byCode = new LinkedHashMap<>();
    // [0] = SPD hundredths, [1] = SID hundredths, [2] = rows
    submission
        .spd()
        .forEach(
            (code, claim) -> {
              long points = rowPoints(Aspect.SPD, code, claim, pending);
              if (points != 0) {
                long[] acc = byCode.computeIfAbsent(code, c -> new long[3]);
                acc[0] += points;
                acc[2]++;
              }
            });
    for (int i = 0; i < scores.size(); i++) {
      if (!scores.get(i).countedValidated() && pending) {
        continue;
      }
      for (var entry : submission.innovations().get(i).indicators().entrySet()) {
        long points = rowPoints(Aspect.SID, entry.getKey(), entry.getValue(), pending);
        if (points != 0) {
          long[] acc = byCode.computeIfAbsent(entry.getKey(), c -> new long[3]);
          acc[1] += points;
          acc[2]++;
        }
      }
    }
    List<IndicatorImpact> impacts = new ArrayList<>();
    byCode.forEach(
        (code, acc) -> {
          Aspect aspect = scorer.indicator(Aspect.SPD, code) != null ? Aspect.SPD : Aspect.SID;
          BigDecimal totalPoints =
              BigDecimal.valueOf(acc[0], 2)
                  .add(
                      BigDecimal.valueOf(acc[1], 2)
                          .divide(BigDecimal.valueOf(divisor), 10, RoundingMode.HALF_UP));
          impacts.add(
              new IndicatorImpact(
                  code,
                  scorer.indicator(aspect, code).label(),
                  aspect,
                  (int) acc[2],
                  formula.toIidPoints(totalPoints)));
        });
    impacts.sort(
        Comparator.comparing(IndicatorImpact::iidPoints)
            .reversed()
            .thenComparing(IndicatorImpact::code));
    return impacts;
  }

  private long rowPoints(Aspect aspect, String code, IndicatorClaim claim, boolean pending) {
    long weight = scorer.indicator(aspect, code).weightHundredths();
    if (pending) {
      return claim.status() == ValidationStatus.PENDING ? weight * claim.option() : 0;
    }
    return weight * (claim.option() - claim.validatedOption());
  }

  private List<IndicatorImpact> atRisk(
      RegionSubmission submission,
      List<InnovationScore> scores,
      IidScore validated,
      RegionTotals totals) {
    List<IndicatorImpact> risk =
        new ArrayList<>(impacts(submission, scores, validated.divisor(), true));
    if (submission.spdScore() != null && submission.validatedSpdScore() == null) {
      risk.add(
          new IndicatorImpact(
              "spd",
              "Skor SPD (belum divalidasi)",
              Aspect.SPD,
              1,
              formula.toIidPoints(submission.spdScore())));
    }
    BasicServiceRule basic = edition.basicServiceRule();
    if (basic != null && validated.basicServiceRuleMet() && validated.countScore().signum() > 0) {
      // Fragile coverage: losing the only innovation of some affair would break the rule.
      int[] coverers = new int[basic.affairs().size()];
      for (InnovationScore score : scores) {
        if (score.countedValidated()) {
          for (int i = 0; i < coverers.length; i++) {
            if ((score.affairMask() & (1 << i)) != 0) {
              coverers[i]++;
            }
          }
        }
      }
      int single = 0;
      for (int c : coverers) {
        single += c == 1 ? 1 : 0;
      }
      if (single > 0 && Integer.bitCount(totals.coveredMask()) - 1 < basic.minimumCovered()) {
        risk.add(
            new IndicatorImpact(
                "jumlah-inovasi",
                "Skor jumlah inovasi: "
                    + single
                    + " urusan pelayanan dasar hanya dicakup satu inovasi",
                Aspect.SID,
                single,
                formula.toIidPoints(validated.countScore())));
      }
    }
    risk.sort(
        Comparator.comparing(IndicatorImpact::iidPoints)
            .reversed()
            .thenComparing(IndicatorImpact::code));
    return risk;
  }
}
