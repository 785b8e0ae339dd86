package id.inovik.awardscoring;

import java.util.List;

/**
 * What the scoring engine needs to know about a claimed innovation beyond its claims: its name and
 * its affairs by label (the basic-service rule counts the affairs a region's innovations cover).
 */
public record InnovationFacts(
    String innovationId, String name, String mainAffair, List<String> relatedAffairs) {

  public InnovationFacts {
    relatedAffairs = relatedAffairs == null ? List.of() : List.copyOf(relatedAffairs);
  }

  /** For an innovation the registry does not know (never expected: claims check the registry). */
  public static InnovationFacts unknown(String innovationId) {
    return new InnovationFacts(innovationId, innovationId, "", List.of());
  }
}
