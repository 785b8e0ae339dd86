package id.inovik.command.award.bulk;

import id.inovik.api.award.Evidence;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.award.ValidationOutcome;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.scoring.cli.SubmissionDocument;
import id.inovik.scoring.iid.InnovationSubmission;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.iid.ScoringInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a document in the scoring CLI's format into a {@link BulkPlan}: the scoring module's own
 * reader parses it (so a file {@code inovik-score} accepts is read the same way here), and the only
 * thing read besides is each claim's {@code evidence}, which scoring ignores and the command side
 * requires. Option 0 (an empty row) is not a claim; a {@code PENDING} validation is no decision.
 * Any problem the reader finds, or evidence that does not bind, refuses the whole document with
 * every bad field.
 */
public final class BulkTranslator {

  private final JsonMapper json;

  public BulkTranslator(JsonMapper json) {
    this.json = json;
  }

  /**
   * The plan of {@code document}.
   *
   * @param rubricEdition the rubric of the edition posted to; a document naming another {@code
   *     edition} is refused
   * @throws InvalidAwardInputException with every bad field; nothing is planned
   */
  public List<BulkPlan.Region> translate(JsonNode document, Integer rubricEdition) {
    List<RegionSubmission> regions;
    try {
      regions = SubmissionDocument.regions(document);
    } catch (ScoringInputException e) {
      throw new InvalidAwardInputException(
          e.errors().stream().map(x -> new FieldViolation(x.field(), x.reason())).toList());
    }
    List<FieldViolation> bad = new ArrayList<>();
    JsonNode edition = document.get("edition");
    if (edition != null
        && !edition.isNull()
        && rubricEdition != null
        && !edition.asString().strip().equals(String.valueOf(rubricEdition))) {
      bad.add(
          new FieldViolation(
              "edition",
              "the file is for the "
                  + edition.asString().strip()
                  + " rubric; this edition is scored with the "
                  + rubricEdition
                  + " rubric"));
    }
    List<JsonNode> nodes = regionNodes(document);
    List<BulkPlan.Region> plans = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      String at = document.has("regions") ? "regions[" + i + "]" : "region";
      plans.add(region(regions.get(i), nodes.get(i), at, bad));
    }
    InvalidAwardInputException.rejectIfAny(bad);
    return plans;
  }

  private static List<JsonNode> regionNodes(JsonNode document) {
    List<JsonNode> nodes = new ArrayList<>();
    if (document.has("regions")) {
      document.get("regions").forEach(nodes::add);
    } else if (document.has("region")) {
      nodes.add(document.get("region"));
    } else {
      nodes.add(document);
    }
    return nodes;
  }

  private BulkPlan.Region region(
      RegionSubmission region, JsonNode node, String at, List<FieldViolation> bad) {
    List<BulkPlan.Refusal> refused = new ArrayList<>();
    List<BulkPlan.Decision> decisions = new ArrayList<>();
    if (region.spdScore() != null) {
      refused.add(
          new BulkPlan.Refusal(
              at + ".spdScore",
              "a score given directly cannot be claimed; give the SPD rows under spd",
              "score-not-claimable"));
    }
    BulkPlan.Part spd = null;
    if (!region.spd().isEmpty()) {
      spd =
          part(
              at + ".spd",
              at + ".spd",
              null,
              region.spd(),
              node.get("spd"),
              node.get("spdValidation"),
              at + ".spdValidation",
              decisions,
              bad);
    }
    List<BulkPlan.Part> innovations = new ArrayList<>();
    JsonNode innovationNodes = node.path("innovations");
    for (int j = 0; j < region.innovations().size(); j++) {
      InnovationSubmission innovation = region.innovations().get(j);
      String innovationAt = at + ".innovations[" + j + "]";
      JsonNode innovationNode = innovationNodes.get(j);
      if (innovation.scoredDirectly()) {
        refused.add(
            new BulkPlan.Refusal(
                innovationAt + ".sidScore",
                "a score given directly cannot be claimed; give the rows under indicators",
                "score-not-claimable"));
        continue;
      }
      if (innovation.indicators().isEmpty()) {
        continue;
      }
      innovations.add(
          part(
              innovationAt,
              innovationAt + ".indicators",
              innovation.id(),
              innovation.indicators(),
              innovationNode.get("indicators"),
              innovationNode.get("validation"),
              innovationAt + ".validation",
              decisions,
              bad));
    }
    return new BulkPlan.Region(at, region.region().code(), spd, innovations, decisions, refused);
  }

  private BulkPlan.Part part(
      String at,
      String claimsAt,
      String innovationId,
      Map<String, id.inovik.scoring.iid.IndicatorClaim> parsed,
      JsonNode claimNodes,
      JsonNode validationMap,
      String validationMapAt,
      List<BulkPlan.Decision> decisions,
      List<FieldViolation> bad) {
    List<IndicatorClaim> claims = new ArrayList<>();
    for (var entry : claimNodes.properties()) {
      String code = entry.getKey();
      id.inovik.scoring.iid.IndicatorClaim claim = parsed.get(code.trim().toLowerCase(Locale.ROOT));
      if (claim == null || claim.option() == 0) {
        continue; // an empty row: nothing to claim
      }
      String claimAt = claimsAt + "." + code;
      claims.add(
          new IndicatorClaim(
              code.trim(),
              claim.option(),
              claim.basis(),
              evidence(entry.getValue(), claimAt, bad)));
      ValidationOutcome outcome =
          switch (claim.status()) {
            case PENDING -> null;
            case ACCEPTED -> ValidationOutcome.ACCEPTED;
            case DOWNGRADED -> ValidationOutcome.DOWNGRADED;
            case ZEROED -> ValidationOutcome.ZEROED;
          };
      if (outcome != null) {
        String decisionAt =
            validationMap != null && validationMap.has(code)
                ? validationMapAt + "." + code
                : claimAt + ".validation";
        decisions.add(
            new BulkPlan.Decision(
                decisionAt,
                innovationId,
                code.trim(),
                outcome,
                claim.validatedOption(),
                claim.note().isBlank() ? null : claim.note().strip()));
      }
    }
    return new BulkPlan.Part(at, claimsAt, innovationId, claims);
  }

  /** The claim's {@code evidence}: absent means none (the claim is then refused for it). */
  private List<Evidence> evidence(JsonNode claim, String at, List<FieldViolation> bad) {
    JsonNode list = claim.isObject() ? claim.get("evidence") : null;
    List<Evidence> evidence = new ArrayList<>();
    if (list == null || list.isNull()) {
      return evidence;
    }
    if (!list.isArray()) {
      bad.add(new FieldViolation(at + ".evidence", "must be an array of evidence"));
      return evidence;
    }
    for (int k = 0; k < list.size(); k++) {
      try {
        evidence.add(json.treeToValue(list.get(k), Evidence.class));
      } catch (JacksonException e) {
        bad.add(
            new FieldViolation(
                at + ".evidence[" + k + "]",
                "must be {kind, title, number, date, url, contentHash}: "
                    + e.getOriginalMessage()));
      }
    }
    return evidence;
  }
}
