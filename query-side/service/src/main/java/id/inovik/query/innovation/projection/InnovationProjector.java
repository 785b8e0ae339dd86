package id.inovik.query.innovation.projection;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationEstablishedEvent;
import id.inovik.api.innovation.InnovationEvent;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationImplementedEvent;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationProfileRevisedEvent;
import id.inovik.api.innovation.InnovationProposedEvent;
import id.inovik.api.innovation.InnovationResumedEvent;
import id.inovik.api.innovation.InnovationReviewedEvent;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.innovation.InnovationStoppedEvent;
import id.inovik.api.innovation.InnovationTrialStartedEvent;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionType;
import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.innovation.InnovationStatus;
import id.inovik.query.innovation.projection.ProjectionFailure.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Folds one event into an innovation document. Pure: no I/O, the same events always give the same
 * document (the store timestamp, not the clock, sets {@code updatedAt}).
 */
public final class InnovationProjector {

  private final RegionCatalog regions;

  public InnovationProjector(RegionCatalog regions) {
    this.regions = regions;
  }

  /**
   * @param current the document before the event, or null if the innovation has none yet
   * @throws RejectedEventException when the event cannot follow {@code current}
   */
  public InnovationDocument apply(InnovationDocument current, DecodedEvent decoded) {
    InnovationEvent event = decoded.event();
    if (event instanceof InnovationProposedEvent proposed) {
      if (current != null) {
        throw new RejectedEventException(
            Reason.OUT_OF_ORDER, "innovation " + proposed.innovationId() + " was already proposed");
      }
      Draft draft = new Draft();
      draft.id = proposed.innovationId();
      draft.stage = InnovationStage.USULAN;
      draft.status = InnovationStatus.AKTIF;
      draft.proposedAt = proposed.proposedAt();
      return draft.profile(proposed.regionCode(), proposed.profile()).finish(decoded);
    }
    if (current == null) {
      throw new RejectedEventException(
          Reason.MISSING_DOCUMENT,
          decoded.type() + " for innovation " + event.innovationId() + " that has no document");
    }
    if (decoded.sequence() != current.lastSequence() + 1) {
      throw new RejectedEventException(
          Reason.OUT_OF_ORDER,
          "sequence "
              + decoded.sequence()
              + " of innovation "
              + event.innovationId()
              + " does not follow "
              + current.lastSequence());
    }
    Draft draft = new Draft(current);
    switch (event) {
      case InnovationProposedEvent ignored -> throw new IllegalStateException("handled above");
      case InnovationReviewedEvent e -> {
        draft.stage = e.feasible() ? InnovationStage.LAYAK : InnovationStage.TIDAK_LAYAK;
        draft.reviewReason = e.reason();
        draft.reviewedOn = e.reviewedOn();
      }
      case InnovationEstablishedEvent e -> {
        draft.stage = InnovationStage.INISIATIF;
        draft.decreeNumber = e.decreeNumber();
        draft.decreeDate = e.decreeDate();
      }
      case InnovationTrialStartedEvent e -> {
        draft.stage = InnovationStage.UJI_COBA;
        draft.trialStartedOn = e.startedOn();
      }
      case InnovationImplementedEvent e -> {
        draft.stage = InnovationStage.PENERAPAN;
        draft.implementedOn = e.implementedOn();
      }
      case InnovationStoppedEvent e -> {
        draft.status = InnovationStatus.BERHENTI;
        draft.stoppedOn = e.stoppedOn();
        draft.stopReason = e.reason();
      }
      case InnovationResumedEvent e -> {
        draft.status = InnovationStatus.AKTIF;
        draft.resumedOn = e.resumedOn();
      }
      case InnovationProfileRevisedEvent e -> draft.profile(e.regionCode(), e.profile());
    }
    return draft.finish(decoded);
  }

  static int wordCount(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    return text.strip().split("\\s+").length;
  }

  /** The document under construction; only the projector mutates it. */
  private final class Draft {
    String id;
    String name;
    String regionCode;
    String regionName;
    RegionType regionType;
    String provinceCode;
    String provinceName;
    String owningAgency;
    InitiatorKind initiatorKind;
    String initiatorName;
    boolean digital;
    InnovationForm form;
    List<String> themes = List.of();
    GovernmentAffair mainAffair;
    List<GovernmentAffair> relatedAffairs = List.of();
    String design;
    String goals;
    String benefits;
    String results;
    Long budget;
    LocalDate plannedTrialDate;
    LocalDate plannedImplementationDate;
    String videoUrl;
    InnovationStage stage;
    InnovationStatus status;
    String reviewReason;
    LocalDate reviewedOn;
    String decreeNumber;
    LocalDate decreeDate;
    LocalDate trialStartedOn;
    LocalDate implementedOn;
    LocalDate stoppedOn;
    String stopReason;
    LocalDate resumedOn;
    Instant proposedAt;

    Draft() {}

    Draft(InnovationDocument d) {
      id = d.id();
      name = d.name();
      regionCode = d.regionCode();
      regionName = d.regionName();
      regionType = d.regionType();
      provinceCode = d.provinceCode();
      provinceName = d.provinceName();
      owningAgency = d.owningAgency();
      initiatorKind = d.initiatorKind();
      initiatorName = d.initiatorName();
      digital = d.digital();
      form = d.form();
      themes = d.themes();
      mainAffair = d.mainAffair();
      relatedAffairs = d.relatedAffairs();
      design = d.design();
      goals = d.goals();
      benefits = d.benefits();
      results = d.results();
      budget = d.budget();
      plannedTrialDate = d.plannedTrialDate();
      plannedImplementationDate = d.plannedImplementationDate();
      videoUrl = d.videoUrl();
      stage = d.stage();
      status = d.status();
      reviewReason = d.reviewReason();
      reviewedOn = d.reviewedOn();
      decreeNumber = d.decreeNumber();
      decreeDate = d.decreeDate();
      trialStartedOn = d.trialStartedOn();
      implementedOn = d.implementedOn();
      stoppedOn = d.stoppedOn();
      stopReason = d.stopReason();
      resumedOn = d.resumedOn();
      proposedAt = d.proposedAt();
    }

    Draft profile(String eventRegionCode, InnovationProfile p) {
      name = p.name();
      regionCode = p.regionCode() != null ? p.regionCode() : eventRegionCode;
      Optional<Region> region = regions.find(regionCode);
      regionName = region.map(Region::name).orElse(null);
      regionType = region.map(Region::type).orElse(null);
      provinceCode = region.map(Region::provinceCode).orElse(null);
      provinceName = region.map(Region::provinceName).orElse(null);
      owningAgency = p.owningAgency();
      initiatorKind = p.initiator() == null ? null : p.initiator().kind();
      initiatorName = p.initiator() == null ? null : p.initiator().name();
      digital = p.digital();
      form = p.form();
      themes = p.themes();
      mainAffair = p.mainAffair();
      relatedAffairs = p.relatedAffairs();
      design = p.design();
      goals = p.goals();
      benefits = p.benefits();
      results = p.results();
      budget = p.budget();
      plannedTrialDate = p.plannedTrialDate();
      plannedImplementationDate = p.plannedImplementationDate();
      videoUrl = p.videoUrl();
      return this;
    }

    InnovationDocument finish(DecodedEvent decoded) {
      List<GovernmentAffair> affairs = new ArrayList<>();
      if (mainAffair != null) {
        affairs.add(mainAffair);
      }
      relatedAffairs.stream().filter(a -> !affairs.contains(a)).forEach(affairs::add);
      return new InnovationDocument(
          id,
          name,
          regionCode,
          regionName,
          regionType,
          provinceCode,
          provinceName,
          owningAgency,
          initiatorKind,
          initiatorName,
          digital,
          form,
          themes,
          mainAffair,
          relatedAffairs,
          affairs,
          mainAffair != null && mainAffair.basicService(),
          design,
          goals,
          benefits,
          results,
          budget,
          plannedTrialDate,
          plannedImplementationDate,
          videoUrl,
          stage,
          status,
          reviewReason,
          reviewedOn,
          decreeNumber,
          decreeDate,
          trialStartedOn,
          implementedOn,
          stoppedOn,
          stopReason,
          resumedOn,
          proposedAt,
          decoded.timestamp(),
          wordCount(design),
          decoded.sequence());
    }
  }
}
