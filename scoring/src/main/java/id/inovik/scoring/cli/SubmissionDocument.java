package id.inovik.scoring.cli;

import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.iid.ScoringInputException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The regions of a document in the scoring CLI's input format (scoring/README.md#input), read by
 * the same reader as {@code inovik-score}, for other programs that take the same files (the command
 * service's bulk submission endpoint). Regions and innovations come back in the document's order,
 * so {@code regions[i]} and {@code innovations[j]} of the document are the i-th and j-th entries.
 */
public final class SubmissionDocument {

  private SubmissionDocument() {}

  /**
   * The document's regions.
   *
   * @throws ScoringInputException listing every problem (with its path) when any is found
   */
  public static List<RegionSubmission> regions(JsonNode document) {
    SubmissionReader reader = new SubmissionReader();
    if (document == null || !document.isObject()) {
      throw ScoringInputException.of("", "must be a JSON object with the regions");
    }
    List<RegionSubmission> regions = reader.regions(document, "");
    reader.failIfErrors();
    return regions;
  }
}
