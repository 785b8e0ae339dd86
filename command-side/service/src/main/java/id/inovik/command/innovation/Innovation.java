package id.inovik.command.innovation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import id.inovik.api.innovation.ConfirmInnovationProposalCommand;
import id.inovik.api.innovation.EstablishInnovationCommand;
import id.inovik.api.innovation.ImplementInnovationCommand;
import id.inovik.api.innovation.InnovationEstablishedEvent;
import id.inovik.api.innovation.InnovationImplementedEvent;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationProfileRevisedEvent;
import id.inovik.api.innovation.InnovationProposedEvent;
import id.inovik.api.innovation.InnovationResumedEvent;
import id.inovik.api.innovation.InnovationReviewedEvent;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.innovation.InnovationStoppedEvent;
import id.inovik.api.innovation.InnovationTrialStartedEvent;
import id.inovik.api.innovation.ProposeInnovationCommand;
import id.inovik.api.innovation.ResumeInnovationCommand;
import id.inovik.api.innovation.ReviewInnovationCommand;
import id.inovik.api.innovation.ReviseInnovationProfileCommand;
import id.inovik.api.innovation.StartInnovationTrialCommand;
import id.inovik.api.innovation.StopInnovationCommand;
import id.inovik.api.region.RegionCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One regional innovation through its lifecycle (docs/domain/lifecycle.md#in-a-region): proposed,
 * reviewed by the regional R&amp;D team, established by the regional head's decree (stage
 * inisiatif), trial (uji coba), implementation (penerapan); it may stop and resume, and its profile
 * may be revised.
 *
 * <p>Every command handler validates before it applies; sourcing handlers only assign state. Each
 * handler returns the aggregate version after the change (the sequence number of the last event),
 * which clients send back as the expected version of their next command.
 *
 * <p>"Today" comes from the injected {@link Clock}; a date is in the future when it is after today
 * in the easternmost Indonesian time zone, so no region is refused a date that is already today
 * locally.
 */
@Aggregate
public class Innovation {

  @AggregateIdentifier private String innovationId;
  private long version = -1;
  private String regionCode;
  private InnovationProfile profile;
  private String idempotencyKey;
  private String requestFingerprint;
  private InnovationStage stage;
  private boolean stopped;
  private LocalDate reviewedOn;
  private LocalDate decreeDate;
  private LocalDate trialStartedOn;
  private LocalDate implementedOn;
  private LocalDate stoppedOn;
  private LocalDate resumedOn;

  protected Innovation() {
    // for Axon
  }

  /**
   * Creates the innovation. With an idempotency key the identifier is derived from the key, so a
   * replayed request fails to create a second stream and is answered by {@link
   * #handle(ConfirmInnovationProposalCommand)} instead: inserting first keeps the common case to
   * one write with no read.
   */
  @CommandHandler
  public Innovation(ProposeInnovationCommand command, RegionCatalog regions, Clock clock) {
    ProfileRules.reject(ProfileRules.check(command.profile(), regions));
    apply(
        new InnovationProposedEvent(
            command.innovationId(),
            command.profile().regionCode(),
            command.profile(),
            Instant.now(clock),
            command.idempotencyKey(),
            command.requestFingerprint()));
  }

  /** Answers a replayed keyed proposal with the current version, or rejects a reused key. */
  @CommandHandler
  public long handle(ConfirmInnovationProposalCommand command) {
    if (!Objects.equals(idempotencyKey, command.idempotencyKey())
        || !Objects.equals(requestFingerprint, command.requestFingerprint())) {
      throw new IdempotencyKeyReusedException(command.idempotencyKey());
    }
    return version;
  }

  @CommandHandler
  public long handle(ReviewInnovationCommand command, Clock clock) {
    requireStage(InnovationStage.USULAN, "review");
    List<FieldViolation> v = new ArrayList<>();
    requirePastDate(v, "reviewedOn", command.reviewedOn(), clock);
    if (!command.feasible()) {
      ProfileRules.text(v, "reason", command.reason(), 5, 2_000, true);
    } else {
      ProfileRules.text(v, "reason", command.reason(), 0, 2_000, false);
    }
    ProfileRules.reject(v);
    apply(
        new InnovationReviewedEvent(
            innovationId,
            regionCode,
            command.feasible(),
            strip(command.reason()),
            command.reviewedOn()));
    return version;
  }

  @CommandHandler
  public long handle(EstablishInnovationCommand command, Clock clock) {
    requireStage(InnovationStage.LAYAK, "establish");
    List<FieldViolation> v = new ArrayList<>();
    ProfileRules.text(v, "decreeNumber", command.decreeNumber(), 3, 100, true);
    requirePastDate(v, "decreeDate", command.decreeDate(), clock);
    requireNotBefore(v, "decreeDate", command.decreeDate(), "the review date", reviewedOn);
    ProfileRules.reject(v);
    apply(
        new InnovationEstablishedEvent(
            innovationId, regionCode, command.decreeNumber().strip(), command.decreeDate()));
    return version;
  }

  @CommandHandler
  public long handle(StartInnovationTrialCommand command, Clock clock) {
    requireRunning("start a trial");
    requireStage(InnovationStage.INISIATIF, "start a trial");
    List<FieldViolation> v = new ArrayList<>();
    requirePastDate(v, "startedOn", command.startedOn(), clock);
    requireNotBefore(v, "startedOn", command.startedOn(), "the decree date", decreeDate);
    ProfileRules.reject(v);
    apply(new InnovationTrialStartedEvent(innovationId, regionCode, command.startedOn()));
    return version;
  }

  @CommandHandler
  public long handle(ImplementInnovationCommand command, Clock clock) {
    requireRunning("implement");
    requireStage(InnovationStage.UJI_COBA, "implement");
    List<FieldViolation> v = new ArrayList<>();
    requirePastDate(v, "implementedOn", command.implementedOn(), clock);
    requireNotBefore(
        v, "implementedOn", command.implementedOn(), "the trial start", trialStartedOn);
    ProfileRules.reject(v);
    apply(new InnovationImplementedEvent(innovationId, regionCode, command.implementedOn()));
    return version;
  }

  @CommandHandler
  public long handle(StopInnovationCommand command, Clock clock) {
    if (stage != InnovationStage.INISIATIF
        && stage != InnovationStage.UJI_COBA
        && stage != InnovationStage.PENERAPAN) {
      throw new LifecycleViolationException(
          "not-established", stage, "Only an established innovation can stop; it is " + stage);
    }
    requireRunning("stop");
    List<FieldViolation> v = new ArrayList<>();
    requirePastDate(v, "stoppedOn", command.stoppedOn(), clock);
    requireNotBefore(v, "stoppedOn", command.stoppedOn(), "the last stage date", lastStageDate());
    ProfileRules.text(v, "reason", command.reason(), 5, 2_000, true);
    ProfileRules.reject(v);
    apply(
        new InnovationStoppedEvent(
            innovationId, regionCode, command.stoppedOn(), command.reason().strip()));
    return version;
  }

  @CommandHandler
  public long handle(ResumeInnovationCommand command, Clock clock) {
    if (!stopped) {
      throw new LifecycleViolationException(
          "not-stopped", stage, "Only a stopped innovation can resume");
    }
    List<FieldViolation> v = new ArrayList<>();
    requirePastDate(v, "resumedOn", command.resumedOn(), clock);
    requireNotBefore(v, "resumedOn", command.resumedOn(), "the stop date", stoppedOn);
    ProfileRules.reject(v);
    apply(new InnovationResumedEvent(innovationId, regionCode, command.resumedOn()));
    return version;
  }

  /** Revises the profile; a revision that changes nothing writes nothing. */
  @CommandHandler
  public long handle(ReviseInnovationProfileCommand command, RegionCatalog regions) {
    if (stage == InnovationStage.TIDAK_LAYAK) {
      throw new LifecycleViolationException(
          "rejected", stage, "A proposal found not feasible can no longer be revised");
    }
    InnovationProfile revised = command.profile();
    List<FieldViolation> v = new ArrayList<>(ProfileRules.check(revised, regions));
    if (!Objects.equals(revised.regionCode(), regionCode)) {
      v.add(
          new FieldViolation(
              "regionCode", "cannot change; propose the innovation in the other region"));
    }
    ProfileRules.reject(v);
    List<String> changed = changedFields(profile, revised);
    if (changed.isEmpty()) {
      return version;
    }
    apply(new InnovationProfileRevisedEvent(innovationId, regionCode, revised, changed));
    return version;
  }

  /**
   * Revises the profile by a patch worked out against the current one; see {@link
   * #handle(ReviseInnovationProfileCommand, RegionCatalog)}.
   */
  @CommandHandler
  public long handle(PatchInnovationProfileCommand command, RegionCatalog regions) {
    InnovationProfile revised = command.patch().apply(profile);
    return handle(
        new ReviseInnovationProfileCommand(innovationId, command.expectedVersion(), revised),
        regions);
  }

  /** The current profile (for merging partial revisions). */
  public InnovationProfile profile() {
    return profile;
  }

  /** Where the innovation stands in its lifecycle. */
  public InnovationStage stage() {
    return stage;
  }

  /** True while stopped (until resumed). */
  public boolean stopped() {
    return stopped;
  }

  /** Sequence number of the last event, i.e. the version clients pass as expected version. */
  public long version() {
    return version;
  }

  @EventSourcingHandler
  void on(InnovationProposedEvent event) {
    innovationId = event.innovationId();
    regionCode = event.regionCode();
    profile = event.profile();
    idempotencyKey = event.idempotencyKey();
    requestFingerprint = event.requestFingerprint();
    stage = InnovationStage.USULAN;
    version++;
  }

  @EventSourcingHandler
  void on(InnovationReviewedEvent event) {
    stage = event.feasible() ? InnovationStage.LAYAK : InnovationStage.TIDAK_LAYAK;
    reviewedOn = event.reviewedOn();
    version++;
  }

  @EventSourcingHandler
  void on(InnovationEstablishedEvent event) {
    stage = InnovationStage.INISIATIF;
    decreeDate = event.decreeDate();
    version++;
  }

  @EventSourcingHandler
  void on(InnovationTrialStartedEvent event) {
    stage = InnovationStage.UJI_COBA;
    trialStartedOn = event.startedOn();
    version++;
  }

  @EventSourcingHandler
  void on(InnovationImplementedEvent event) {
    stage = InnovationStage.PENERAPAN;
    implementedOn = event.implementedOn();
    version++;
  }

  @EventSourcingHandler
  void on(InnovationStoppedEvent event) {
    stopped = true;
    stoppedOn = event.stoppedOn();
    version++;
  }

  @EventSourcingHandler
  void on(InnovationResumedEvent event) {
    stopped = false;
    resumedOn = event.resumedOn();
    version++;
  }

  @EventSourcingHandler
  void on(InnovationProfileRevisedEvent event) {
    profile = event.profile();
    version++;
  }

  private void requireStage(InnovationStage required, String action) {
    if (stage != required) {
      throw new LifecycleViolationException(
          "stage-order",
          stage,
          "Cannot " + action + " an innovation in stage " + stage + "; it must be " + required);
    }
  }

  private void requireRunning(String action) {
    if (stopped) {
      throw new LifecycleViolationException(
          "stopped", stage, "Cannot " + action + " a stopped innovation; resume it first");
    }
  }

  private LocalDate lastStageDate() {
    LocalDate last = null;
    for (LocalDate d :
        new LocalDate[] {reviewedOn, decreeDate, trialStartedOn, implementedOn, resumedOn}) {
      if (d != null && (last == null || d.isAfter(last))) {
        last = d;
      }
    }
    return last;
  }

  /** Today in the easternmost Indonesian time zone (WIT), the latest "today" of any region. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jayapura")));
  }

  private static void requirePastDate(
      List<FieldViolation> v, String field, LocalDate date, Clock clock) {
    if (date == null) {
      v.add(new FieldViolation(field, "is required"));
    } else if (date.isAfter(today(clock))) {
      v.add(new FieldViolation(field, "must not be in the future"));
    }
  }

  private static void requireNotBefore(
      List<FieldViolation> v, String field, LocalDate date, String what, LocalDate earliest) {
    if (date != null && earliest != null && date.isBefore(earliest)) {
      v.add(new FieldViolation(field, "must not be before " + what + " (" + earliest + ")"));
    }
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  private static List<String> changedFields(InnovationProfile before, InnovationProfile after) {
    List<String> changed = new ArrayList<>();
    compare(changed, "name", before, after, InnovationProfile::name);
    compare(changed, "owningAgency", before, after, InnovationProfile::owningAgency);
    compare(changed, "initiator", before, after, InnovationProfile::initiator);
    compare(changed, "digital", before, after, InnovationProfile::digital);
    compare(changed, "form", before, after, InnovationProfile::form);
    compare(changed, "themes", before, after, InnovationProfile::themes);
    compare(changed, "mainAffair", before, after, InnovationProfile::mainAffair);
    compare(changed, "relatedAffairs", before, after, InnovationProfile::relatedAffairs);
    compare(changed, "design", before, after, InnovationProfile::design);
    compare(changed, "goals", before, after, InnovationProfile::goals);
    compare(changed, "benefits", before, after, InnovationProfile::benefits);
    compare(changed, "results", before, after, InnovationProfile::results);
    compare(changed, "budget", before, after, InnovationProfile::budget);
    compare(changed, "plannedTrialDate", before, after, InnovationProfile::plannedTrialDate);
    compare(
        changed,
        "plannedImplementationDate",
        before,
        after,
        InnovationProfile::plannedImplementationDate);
    compare(changed, "videoUrl", before, after, InnovationProfile::videoUrl);
    return changed;
  }

  private static void compare(
      List<String> changed,
      String field,
      InnovationProfile before,
      InnovationProfile after,
      Function<InnovationProfile, Object> getter) {
    if (!Objects.equals(getter.apply(before), getter.apply(after))) {
      changed.add(field);
    }
  }
}
