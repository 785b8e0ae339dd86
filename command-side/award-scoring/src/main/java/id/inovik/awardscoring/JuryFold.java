package id.inovik.awardscoring;

import id.inovik.api.award.AwardStage;
import id.inovik.api.award.FieldScoredEvent;
import id.inovik.api.award.JurorRegisteredEvent;
import id.inovik.api.award.JuryEvent;
import id.inovik.api.award.PresentationScoredEvent;
import id.inovik.scoring.jury.Evaluation;
import id.inovik.scoring.jury.Juror;
import id.inovik.scoring.jury.PresentationEvaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an edition's jury says now, folded from its events in stream order: the registered jurors,
 * and each juror's latest presentation and field score per entry, in the scoring engine's jury
 * input shapes. Refused attempts (conflicts of interest) are history, not scores, and assignments
 * only gate who may score, so neither reaches the engine.
 */
public final class JuryFold {

  private final Map<String, Juror> jurors = new LinkedHashMap<>();
  private final Map<String, PresentationScoredEvent> presentation = new TreeMap<>();
  private final Map<String, FieldScoredEvent> field = new TreeMap<>();

  /** Folds one event of the jury's stream. */
  public JuryFold apply(JuryEvent event) {
    switch (event) {
      case JurorRegisteredEvent e ->
          jurors.put(e.jurorId(), new Juror(e.jurorId(), e.name(), e.provinceCode()));
      case PresentationScoredEvent e -> {
        if (e.stage() == AwardStage.PRESENTASI) {
          presentation.put(e.jurorId() + "\u0000" + e.entryId(), e);
        }
      }
      case FieldScoredEvent e -> field.put(e.jurorId() + "\u0000" + e.entryId(), e);
      default -> {
        // assignments, refusals and shortlists do not change a score
      }
    }
    return this;
  }

  public List<Juror> jurors() {
    return List.copyOf(jurors.values());
  }

  /** Every juror's latest presentation scores of the entries in {@code regions}. */
  public List<PresentationEvaluation> presentation(Set<String> regions) {
    List<PresentationEvaluation> evaluations = new ArrayList<>();
    for (PresentationScoredEvent e : presentation.values()) {
      if (regions.contains(e.regionCode())) {
        Map<String, Double> criteria = new TreeMap<>();
        e.scores().forEach((c, v) -> criteria.put(c, v.doubleValue()));
        evaluations.add(new PresentationEvaluation(e.jurorId(), e.regionCode(), criteria));
      }
    }
    return evaluations;
  }

  /** Every juror's latest field-validation score of the entries in {@code regions}. */
  public List<Evaluation> field(Set<String> regions) {
    List<Evaluation> evaluations = new ArrayList<>();
    for (FieldScoredEvent e : field.values()) {
      if (regions.contains(e.regionCode())) {
        evaluations.add(new Evaluation(e.jurorId(), e.regionCode(), e.score()));
      }
    }
    return evaluations;
  }

  /** True when no score was given yet. */
  public boolean isEmpty() {
    return presentation.isEmpty() && field.isEmpty();
  }
}
