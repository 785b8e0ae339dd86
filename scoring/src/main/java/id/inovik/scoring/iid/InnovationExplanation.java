package id.inovik.scoring.iid;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one innovation's SID_j (kematangan) came about.
 *
 * @param basicServices the basic-service affairs (yandas) it covers under the edition's rule
 * @param scoredDirectly SID_j was given, not computed from indicator rows
 * @param missingMandatoryClaimed mandatory rows left empty in the claim
 * @param missingMandatoryValidated mandatory rows empty or zeroed after validation
 * @param rows one per SID indicator of the edition (empty when scored directly)
 */
public record InnovationExplanation(
    String id,
    String name,
    String mainAffair,
    List<String> relatedAffairs,
    List<String> basicServices,
    boolean scoredDirectly,
    BigDecimal claimedSidJ,
    BigDecimal validatedSidJ,
    boolean countedClaimed,
    boolean countedValidated,
    List<String> missingMandatoryClaimed,
    List<String> missingMandatoryValidated,
    List<RowExplanation> rows) {}
