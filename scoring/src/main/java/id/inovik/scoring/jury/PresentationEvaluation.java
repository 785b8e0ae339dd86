package id.inovik.scoring.jury;

import java.util.Map;
import java.util.TreeMap;

/** One juror's presentation scores of one region, per rubric criterion (0-100 each). */
public record PresentationEvaluation(
    String jurorId, String regionCode, Map<String, Double> criteria) {
  public PresentationEvaluation {
    criteria = new TreeMap<>(criteria);
  }
}
