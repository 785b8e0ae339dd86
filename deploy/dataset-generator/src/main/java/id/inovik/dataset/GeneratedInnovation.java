package id.inovik.dataset;

import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationStage;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated innovation: its profile as the command API takes it, the lifecycle it went through,
 * and its SID indicator claims for the edition.
 *
 * @param key stable identity (edition, region, number): the idempotency key of its proposal
 * @param profile what its proposal sends (no planned dates: the lifecycle dates are the real ones)
 * @param stage where its lifecycle stops: INISIATIF, UJI_COBA or PENERAPAN (the IID tahapan)
 * @param claims the 20 SID rows, codes 16-35
 * @param rejectionReason set when the R&D team found it not feasible (stage TIDAK_LAYAK)
 * @param stoppedOn set when it was stopped after implementation (with {@code stopReason})
 */
public record GeneratedInnovation(
    String key,
    int edition,
    InnovationProfile profile,
    InnovationStage stage,
    LocalDate reviewedOn,
    String decreeNumber,
    LocalDate decreeDate,
    LocalDate trialStartedOn,
    LocalDate implementedOn,
    List<GeneratedClaim> claims,
    String rejectionReason,
    LocalDate stoppedOn,
    String stopReason) {}
