package id.inovik.api.award;

import java.util.List;

/**
 * One category's results as published: its winners in the plenary's order, its nominees, and its
 * final standings as the scoring engine computed them at publication.
 */
public record PublishedCategory(
    String code,
    String label,
    List<String> winners,
    List<String> nominees,
    RecordedRanking standings) {

  public PublishedCategory {
    winners = winners == null ? List.of() : List.copyOf(winners);
    nominees = nominees == null ? List.of() : List.copyOf(nominees);
  }
}
