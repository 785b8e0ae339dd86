package id.inovik.command.award.bulk;

import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.award.ValidationOutcome;
import java.util.List;

/**
 * What a file in the scoring CLI's format asks of the command side, region by region, with every
 * item's path in the file's terms. Built by {@link BulkTranslator}; carried out by {@link
 * BulkSubmissionService}.
 */
public final class BulkPlan {

  private BulkPlan() {}

  /**
   * The claims of one part: the SPD ({@code innovationId} null) or one innovation.
   *
   * @param path where the part is in the file: {@code regions[3].spd} or {@code
   *     regions[3].innovations[7]}
   * @param claimsPath where its claims are: {@code regions[3].spd} or {@code
   *     regions[3].innovations[7].indicators}
   */
  public record Part(
      String path, String claimsPath, String innovationId, List<IndicatorClaim> claims) {
    public Part {
      claims = List.copyOf(claims);
    }
  }

  /**
   * One validation in the file, as the decision it becomes.
   *
   * @param path where the validation is: {@code regions[3].innovations[7].validation.16} or {@code
   *     regions[3].spd.8.validation}
   * @param option the option that counts after it (the claimed one when accepted)
   * @param note the validator's note, or null
   */
  public record Decision(
      String path,
      String innovationId,
      String indicator,
      ValidationOutcome outcome,
      int option,
      String note) {}

  /** A refused item: where it is in the file, why, and a stable code. */
  public record Refusal(String field, String reason, String code) {}

  /**
   * One region of the file.
   *
   * @param path {@code regions[3]} (or {@code region} for a one-region document)
   * @param refused items refused before anything is sent (e.g. a score given instead of claims)
   */
  public record Region(
      String path,
      String regionCode,
      Part spd,
      List<Part> innovations,
      List<Decision> decisions,
      List<Refusal> refused) {
    public Region {
      innovations = List.copyOf(innovations);
      decisions = List.copyOf(decisions);
      refused = List.copyOf(refused);
    }

    /** The claim parts in the order they are sent: the SPD first. */
    public List<Part> parts() {
      return spd == null
          ? innovations
          : java.util.stream.Stream.concat(java.util.stream.Stream.of(spd), innovations.stream())
              .toList();
    }
  }
}
