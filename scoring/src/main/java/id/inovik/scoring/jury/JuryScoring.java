package id.inovik.scoring.jury;

import id.inovik.scoring.catalogue.AwardCategory;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.JuryRubric;
import id.inovik.scoring.iid.InputError;
import id.inovik.scoring.iid.ScoringInputException;
import id.inovik.scoring.ranking.Ranker;
import id.inovik.scoring.region.Region;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the jury stage of an edition (docs/domain/awards.md#final-value,
 * docs/domain/awards.md#normalisation): presentation totals from the edition's rubric,
 * field-validation scores, conflict-of-interest exclusion (a juror does not score a region of their
 * own province), normalisation by the configured method, the configured combination, and rankings
 * per award category.
 */
public final class JuryScoring {
  private final Edition edition;
  private final JuryConfig config;

  public JuryScoring(Edition edition, JuryConfig config) {
    this.edition = edition;
    this.config = config;
  }

  public JuryConfig config() {
    return config;
  }

  /**
   * @param regions the nominees by code
   * @param iid validated IID per region (may be empty when the IID has no weight)
   */
  public JuryResult score(
      Map<String, Region> regions,
      List<Juror> jurors,
      List<PresentationEvaluation> presentation,
      List<Evaluation> field,
      Map<String, Double> iid) {
    Map<String, Juror> panel = new HashMap<>();
    List<InputError> errors = new ArrayList<>();
    for (int i = 0; i < jurors.size(); i++) {
      if (panel.put(jurors.get(i).id(), jurors.get(i)) != null) {
        errors.add(
            new InputError(
                "jury.jurors[" + i + "].id", "juror " + jurors.get(i).id() + " is listed twice"));
      }
    }
    JuryRubric rubric = edition.juryRubric();
    repeated(
        presentation.stream().map(p -> p.jurorId() + "\u0000" + p.regionCode()).toList(),
        "jury.presentation",
        "presentation",
        errors);
    repeated(
        field.stream().map(f -> f.jurorId() + "\u0000" + f.regionCode()).toList(),
        "jury.field",
        "field validation",
        errors);
    List<Evaluation> totals = new ArrayList<>();
    for (int i = 0; i < presentation.size(); i++) {
      PresentationEvaluation p = presentation.get(i);
      String at = "jury.presentation[" + i + "]";
      if (check(p.jurorId(), p.regionCode(), panel, regions, at, errors)) {
        p.criteria().forEach((c, v) -> checkScore(v, at + ".criteria." + c, errors));
        try {
          totals.add(
              new Evaluation(p.jurorId(), p.regionCode(), rubric.weightedTotal(p.criteria())));
        } catch (IllegalArgumentException e) {
          errors.add(new InputError(at + ".criteria", e.getMessage()));
        }
      }
    }
    for (int i = 0; i < field.size(); i++) {
      Evaluation f = field.get(i);
      String at = "jury.field[" + i + "]";
      if (check(f.jurorId(), f.regionCode(), panel, regions, at, errors)) {
        checkScore(f.score(), at + ".score", errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new ScoringInputException(errors);
    }
    return combine(regions, panel, totals, field, iid, rubric.id());
  }

  /**
   * Scores evaluations whose presentation scores are already rubric totals and whose jurors and
   * regions are known to be valid (the bootstrap over jurors calls this for every replicate).
   */
  public JuryResult combineChecked(
      Map<String, Region> regions,
      List<Juror> jurors,
      List<Evaluation> presentationTotals,
      List<Evaluation> field,
      Map<String, Double> iid) {
    Map<String, Juror> panel = new HashMap<>();
    jurors.forEach(j -> panel.put(j.id(), j));
    return combine(regions, panel, presentationTotals, field, iid, edition.juryRubric().id());
  }

  /** The weighted presentation total (0-100) of each evaluation under the edition's rubric. */
  public List<Evaluation> presentationTotals(List<PresentationEvaluation> presentation) {
    return presentation.stream()
        .map(
            p ->
                new Evaluation(
                    p.jurorId(), p.regionCode(), edition.juryRubric().weightedTotal(p.criteria())))
        .toList();
  }

  private JuryResult combine(
      Map<String, Region> regions,
      Map<String, Juror> panel,
      List<Evaluation> presentationTotals,
      List<Evaluation> field,
      Map<String, Double> iid,
      String rubricId) {
    ScoreSetNormaliser normaliser = new ScoreSetNormaliser(config);
    ScoreSetResult presentation = withoutConflicts(presentationTotals, panel, regions, normaliser);
    ScoreSetResult fieldResult = withoutConflicts(field, panel, regions, normaliser);

    List<JuryRegionResult> results = new ArrayList<>();
    for (Region region : new TreeMap<>(regions).values()) {
      String code = region.code();
      Double pRaw = presentation.raw().get(code);
      Double fRaw = fieldResult.raw().get(code);
      boolean complete =
          (config.presentationWeight() == 0 || pRaw != null)
              && (config.fieldWeight() == 0 || fRaw != null);
      double regionIid = iid.getOrDefault(code, 0.0);
      results.add(
          new JuryRegionResult(
              code,
              region.name(),
              regionIid,
              pRaw,
              presentation.normalised().get(code),
              fRaw,
              fieldResult.normalised().get(code),
              complete ? combination(regionIid, pRaw, fRaw) : null,
              complete
                  ? combination(
                      regionIid,
                      presentation.normalised().get(code),
                      fieldResult.normalised().get(code))
                  : null,
              complete));
    }
    return new JuryResult(
        config, rubricId, presentation, fieldResult, results, rankings(regions, results));
  }

  private ScoreSetResult withoutConflicts(
      List<Evaluation> evaluations,
      Map<String, Juror> panel,
      Map<String, Region> regions,
      ScoreSetNormaliser normaliser) {
    List<Evaluation> kept = new ArrayList<>();
    List<ScoreSetResult.ExcludedEvaluation> excluded = new ArrayList<>();
    for (Evaluation e : evaluations) {
      Juror juror = panel.get(e.jurorId());
      Region region = regions.get(e.regionCode());
      if (!juror.provinceCode().isEmpty() && juror.provinceCode().equals(region.provinceCode())) {
        excluded.add(
            new ScoreSetResult.ExcludedEvaluation(
                e.jurorId(),
                e.regionCode(),
                "konflik kepentingan: juri berasal dari provinsi " + juror.provinceCode()));
      } else {
        kept.add(e);
      }
    }
    excluded.sort(
        Comparator.comparing(ScoreSetResult.ExcludedEvaluation::regionCode)
            .thenComparing(ScoreSetResult.ExcludedEvaluation::jurorId));
    return normaliser.normalise(kept, excluded);
  }

  private double combination(double iid, Double presentation, Double field) {
    double weight = 0;
    double sum = 0;
    if (config.iidWeight() > 0) {
      sum += config.iidWeight() * iid;
      weight += config.iidWeight();
    }
    if (config.presentationWeight() > 0) {
      sum += config.presentationWeight() * presentation;
      weight += config.presentationWeight();
    }
    if (config.fieldWeight() > 0) {
      sum += config.fieldWeight() * field;
      weight += config.fieldWeight();
    }
    return sum / weight;
  }

  private List<JuryRanking> rankings(Map<String, Region> regions, List<JuryRegionResult> results) {
    List<JuryRanking> rankings = new ArrayList<>();
    for (AwardCategory category : edition.awardCategories()) {
      List<JuryRegionResult> members =
          results.stream()
              .filter(JuryRegionResult::complete)
              .filter(r -> edition.competesIn(regions.get(r.regionCode()), category))
              .toList();
      if (members.isEmpty()) {
        continue;
      }
      Comparator<JuryRegionResult> byNormalised =
          Comparator.comparing(JuryRegionResult::finalNormalised, Comparator.reverseOrder());
      Comparator<JuryRegionResult> byRaw =
          Comparator.comparing(JuryRegionResult::finalRaw, Comparator.reverseOrder());
      List<JuryRegionResult> sorted = new ArrayList<>(members);
      sorted.sort(byNormalised.thenComparing(JuryRegionResult::regionCode));
      List<BigDecimal> ranks = Ranker.ranks(sorted, byNormalised, config.tieMethod());
      List<JuryRegionResult> rawSorted = new ArrayList<>(members);
      rawSorted.sort(byRaw.thenComparing(JuryRegionResult::regionCode));
      List<BigDecimal> rawRanks = Ranker.ranks(rawSorted, byRaw, config.tieMethod());
      Map<String, BigDecimal> rawRankOf = new HashMap<>();
      for (int i = 0; i < rawSorted.size(); i++) {
        rawRankOf.put(rawSorted.get(i).regionCode(), rawRanks.get(i));
      }
      List<JuryRanking.Entry> entries = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        JuryRegionResult r = sorted.get(i);
        entries.add(
            new JuryRanking.Entry(
                ranks.get(i),
                rawRankOf.get(r.regionCode()),
                r.regionCode(),
                r.name(),
                r.finalNormalised(),
                r.finalRaw()));
      }
      rankings.add(new JuryRanking(category.code(), category.label(), entries));
    }
    return rankings;
  }

  private static boolean check(
      String jurorId,
      String regionCode,
      Map<String, Juror> panel,
      Map<String, Region> regions,
      String at,
      List<InputError> errors) {
    boolean ok = true;
    if (!panel.containsKey(jurorId)) {
      errors.add(new InputError(at + ".juror", "unknown juror '" + jurorId + "'"));
      ok = false;
    }
    if (!regions.containsKey(regionCode)) {
      errors.add(
          new InputError(at + ".region", "region '" + regionCode + "' is not among the nominees"));
      ok = false;
    }
    return ok;
  }

  /** A juror may score a region once per score set; every repeat is an error. */
  private static void repeated(
      List<String> pairs, String path, String what, List<InputError> errors) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (!seen.add(pairs.get(i))) {
        errors.add(
            new InputError(
                path + "[" + i + "]", "this juror already scored this region's " + what));
      }
    }
  }

  private static void checkScore(double score, String at, List<InputError> errors) {
    if (!(score >= 0 && score <= 100)) {
      errors.add(new InputError(at, "must be between 0 and 100, not " + score));
    }
  }
}
