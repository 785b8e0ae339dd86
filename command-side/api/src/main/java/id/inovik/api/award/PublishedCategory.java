package id.inovik.api.award;

import java.util.List;

/**
 * One category's results as published: its winners in the plenary's order, its nominees, its
 * validated IID standings as the scoring engine computed them at publication, and the nominees'
 * jury results (empty when the jury gave no score).
 *
 * @param juryMethod how the jury's scores were combined, e.g. {@code PANEL_RESCALE presentation 0.5
 *     field 0.5 iid 0}; null without jury results
 */
public record PublishedCategory(
    String code,
    String label,
    List<String> winners,
    List<String> nominees,
    RecordedRanking standings,
    String juryMethod,
    List<JuryStanding> jury) {

  public PublishedCategory {
    winners = winners == null ? List.of() : List.copyOf(winners);
    nominees = nominees == null ? List.of() : List.copyOf(nominees);
    jury = jury == null ? List.of() : List.copyOf(jury);
  }
}
