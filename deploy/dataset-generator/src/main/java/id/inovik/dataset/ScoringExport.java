package id.inovik.dataset;

import id.inovik.scoring.iid.IndicatorClaim;
import id.inovik.scoring.iid.InnovationSubmission;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.region.Region;
import id.inovik.scoring.region.RegionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated edition as the scoring engine's input: library submissions, or the JSON document the
 * scoring CLI reads (SPD and SID claims with their validations, affairs by their labels).
 */
public final class ScoringExport {
  private ScoringExport() {}

  public static List<RegionSubmission> submissions(GeneratedEdition edition) {
    List<RegionSubmission> submissions = new ArrayList<>();
    for (GeneratedRegion generated : edition.regions()) {
      var region = generated.region();
      Region scoringRegion =
          new Region(
              region.code(),
              region.name(),
              RegionType.valueOf(region.type().name()),
              region.provinceCode(),
              generated.border(),
              generated.underdeveloped());
      List<InnovationSubmission> innovations = new ArrayList<>();
      for (GeneratedInnovation innovation : generated.innovations()) {
        innovations.add(
            new InnovationSubmission(
                innovation.key(),
                innovation.profile().name(),
                innovation.profile().mainAffair().label(),
                innovation.profile().relatedAffairs().stream().map(a -> a.label()).toList(),
                claims(innovation.claims()),
                null,
                null));
      }
      submissions.add(
          new RegionSubmission(
              scoringRegion,
              claims(generated.spd()),
              null,
              null,
              innovations,
              generated.submittedAt()));
    }
    return submissions;
  }

  private static Map<String, IndicatorClaim> claims(List<GeneratedClaim> generated) {
    Map<String, IndicatorClaim> claims = new LinkedHashMap<>();
    for (GeneratedClaim claim : generated) {
      if (claim.option() > 0) {
        claims.put(
            claim.code(),
            new IndicatorClaim(
                claim.option(),
                claim.code().equals("33") ? "a" : null,
                claim.status(),
                claim.validatedOption(),
                claim.note()));
      }
    }
    return claims;
  }

  /** The scoring CLI's input document for the edition. */
  public static ObjectNode document(GeneratedEdition edition, JsonMapper json) {
    ObjectNode doc = json.createObjectNode();
    doc.put("edition", edition.edition());
    ArrayNode regions = doc.putArray("regions");
    for (GeneratedRegion generated : edition.regions()) {
      ObjectNode region = regions.addObject();
      region.put("code", generated.region().code());
      region.put("name", generated.region().name());
      region.put("submittedAt", generated.submittedAt().toString());
      region.put("border", generated.border());
      region.put("underdeveloped", generated.underdeveloped());
      claims(region.putObject("spd"), generated.spd());
      ArrayNode innovations = region.putArray("innovations");
      for (GeneratedInnovation innovation : generated.innovations()) {
        ObjectNode node = innovations.addObject();
        node.put("id", innovation.key());
        node.put("name", innovation.profile().name());
        node.put("mainAffair", innovation.profile().mainAffair().label());
        ArrayNode related = node.putArray("relatedAffairs");
        innovation.profile().relatedAffairs().forEach(a -> related.add(a.label()));
        claims(node.putObject("indicators"), innovation.claims());
      }
    }
    return doc;
  }

  /** Whether an innovation can be claimed in an award: it was found feasible. */
  static boolean competes(GeneratedInnovation innovation) {
    return innovation.rejectionReason() == null;
  }

  private static void claims(ObjectNode into, List<GeneratedClaim> claims) {
    for (GeneratedClaim claim : claims) {
      if (claim.option() == 0) {
        continue;
      }
      ObjectNode node = into.putObject(claim.code());
      node.put("option", claim.option());
      if (claim.code().equals("33")) {
        node.put("basis", "a");
      }
      ObjectNode validation = node.putObject("validation");
      validation.put("status", claim.status().name());
      validation.put("option", claim.validatedOption());
      if (!claim.note().isEmpty()) {
        validation.put("note", claim.note());
      }
    }
  }
}
