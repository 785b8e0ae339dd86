package id.inovik.command.award.submission;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import id.inovik.api.award.AwardStage;
import id.inovik.api.award.ClaimInnovationCommand;
import id.inovik.api.award.ClaimSpdCommand;
import id.inovik.api.award.ClaimsValidatedEvent;
import id.inovik.api.award.EditionIds;
import id.inovik.api.award.EnterProposalCommand;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.award.InnovationClaimedEvent;
import id.inovik.api.award.Programme;
import id.inovik.api.award.ProgrammeCatalog;
import id.inovik.api.award.ProposalEnteredEvent;
import id.inovik.api.award.SpdClaimedEvent;
import id.inovik.api.award.ValidateClaimsCommand;
import id.inovik.api.award.ValidationDecision;
import id.inovik.api.award.ValidationOutcome;
import id.inovik.api.award.ValidatorRole;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.award.AwardConflictException;
import id.inovik.command.award.AwardNotFoundException;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.award.lookup.AwardLookup;
import id.inovik.command.award.lookup.AwardLookup.EditionState;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.Innovation;
import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.RubricCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * What one region submits to one edition ({@code 35.07@IGA-2026}): its SPD claims, the SID claims
 * of each of its innovations, and the validators' decisions on them. Small by design: one stream
 * per region and edition, holding only the claims and decisions, so it loads in milliseconds and
 * only that region's operators and its validators contend for it.
 *
 * <p>Rules that involve other aggregates (is the collection open, is this innovation the region's)
 * are answered by the {@link AwardLookup}, never by loading the edition or the innovation
 * (docs/adr/0012). Claims are accepted only while the collection stage is open; decisions only
 * while the measurement stage is open, and never above the claim.
 */
@Aggregate
public class Submission {

  @AggregateIdentifier private String submissionId;
  private long version = -1;
  private String editionId;
  private String regionCode;
  private Instant submittedAt;
  private final Map<ClaimKey, ClaimState> claims = new LinkedHashMap<>();
  private final Set<String> proposals = new LinkedHashSet<>();

  /** A claim's place: an SPD row (innovation null) or a row of one innovation. */
  public record ClaimKey(String innovationId, String indicator) {}

  /** One decision on a claim, as recorded. */
  public record Decision(
      String validator, ValidationOutcome outcome, int option, String note, Instant decidedAt) {}

  /** A claim with the verifier's and the quality controller's latest decisions. */
  public record ClaimState(IndicatorClaim claim, Decision verifier, Decision qualityControl) {

    /** The option that counts now: quality control's, else the verifier's, else the claim. */
    public int effectiveOption() {
      if (qualityControl != null) {
        return qualityControl.option();
      }
      return verifier != null ? verifier.option() : claim.option();
    }

    /** PENDING, or the outcome that counts (a confirmation counts as the verifier's outcome). */
    public String status() {
      if (qualityControl != null && qualityControl.outcome() != ValidationOutcome.CONFIRMED) {
        return qualityControl.outcome().name();
      }
      return verifier == null ? "PENDING" : verifier.outcome().name();
    }
  }

  protected Submission() {
    // for Axon
  }

  /** Claims SPD rows; only rows that differ from what is claimed are written. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public long handle(
      ClaimSpdCommand command,
      AwardLookup lookup,
      RegionCatalog regions,
      ProgrammeCatalog programmes,
      Clock clock) {
    requireVersion(command.expectedVersion());
    Instant now = Instant.now(clock);
    List<FieldViolation> v = new ArrayList<>();
    EditionState edition =
        requireCollectionOpen(
            lookup,
            command.editionId(),
            command.submissionId(),
            command.regionCode(),
            regions,
            programmes,
            now,
            false,
            v);
    List<IndicatorClaim> checked =
        ClaimRules.check(
            v,
            command.claims(),
            Aspect.SPD,
            RubricCatalogue.edition(edition.rubricEdition()),
            Innovation.today(clock));
    InvalidAwardInputException.rejectIfAny(v);
    List<IndicatorClaim> changed = changed(null, checked);
    if (changed.isEmpty()) {
      return version;
    }
    apply(
        new SpdClaimedEvent(
            command.submissionId(), command.editionId(), command.regionCode(), changed, now));
    return version;
  }

  /**
   * Claims SID rows for one innovation, which must be registered for this region; only rows that
   * differ from what is claimed are written.
   */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public long handle(
      ClaimInnovationCommand command,
      AwardLookup lookup,
      RegionCatalog regions,
      ProgrammeCatalog programmes,
      Clock clock) {
    requireVersion(command.expectedVersion());
    Instant now = Instant.now(clock);
    List<FieldViolation> v = new ArrayList<>();
    EditionState edition =
        requireCollectionOpen(
            lookup,
            command.editionId(),
            command.submissionId(),
            command.regionCode(),
            regions,
            programmes,
            now,
            false,
            v);
    String innovationId = command.innovationId() == null ? "" : command.innovationId().strip();
    Optional<String> owner =
        innovationId.isEmpty() ? Optional.empty() : lookup.regionOfInnovation(innovationId);
    if (owner.isEmpty()) {
      v.add(new FieldViolation("innovationId", "is not a registered innovation"));
    } else if (!owner.get().equals(command.regionCode())) {
      v.add(
          new FieldViolation(
              "innovationId",
              "belongs to region " + owner.get() + ", not to " + command.regionCode()));
    }
    List<IndicatorClaim> checked =
        ClaimRules.check(
            v,
            command.claims(),
            Aspect.SID,
            RubricCatalogue.edition(edition.rubricEdition()),
            Innovation.today(clock));
    InvalidAwardInputException.rejectIfAny(v);
    List<IndicatorClaim> changed = changed(innovationId, checked);
    if (changed.isEmpty()) {
      return version;
    }
    apply(
        new InnovationClaimedEvent(
            command.submissionId(),
            command.editionId(),
            command.regionCode(),
            innovationId,
            changed,
            now));
    return version;
  }

  /**
   * Enters one registered innovation of the region as a proposal to a jury-only edition (KIPP),
   * during its collection stage. An innovation of another region or an unknown one is refused by
   * field; entering it again writes nothing.
   */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public long handle(
      EnterProposalCommand command,
      AwardLookup lookup,
      RegionCatalog regions,
      ProgrammeCatalog programmes,
      Clock clock) {
    requireVersion(command.expectedVersion());
    Instant now = Instant.now(clock);
    List<FieldViolation> v = new ArrayList<>();
    String innovationId = command.innovationId() == null ? "" : command.innovationId().strip();
    Optional<String> owner =
        innovationId.isEmpty() ? Optional.empty() : lookup.regionOfInnovation(innovationId);
    if (owner.isEmpty()) {
      v.add(new FieldViolation("innovationId", "is not a registered innovation"));
    } else if (!owner.get().equals(command.regionCode())) {
      v.add(
          new FieldViolation(
              "innovationId",
              "belongs to region " + owner.get() + ", not to " + command.regionCode()));
    }
    requireCollectionOpen(
        lookup,
        command.editionId(),
        command.submissionId(),
        command.regionCode(),
        regions,
        programmes,
        now,
        true,
        v);
    InvalidAwardInputException.rejectIfAny(v);
    if (proposals.contains(innovationId)) {
      return version;
    }
    apply(
        new ProposalEnteredEvent(
            command.submissionId(), command.editionId(), command.regionCode(), innovationId, now));
    return version;
  }

  /**
   * Records a validator's decisions. A verifier accepts, downgrades (lower option, with a note) or
   * zeroes; quality control confirms the verifier's decision or overrides it. No decision raises a
   * claim; once quality control has decided on a claim, only quality control changes it. Decisions
   * that repeat the current one of the same role are not written again.
   */
  @CommandHandler
  public long handle(
      ValidateClaimsCommand command, AwardLookup lookup, ProgrammeCatalog programmes, Clock clock) {
    EditionState edition =
        lookup
            .edition(editionId)
            .orElseThrow(() -> new AwardNotFoundException("No edition " + editionId));
    Programme programme = programmes.find(edition.programme()).orElseThrow();
    AwardStage measurement = programme.next(programme.collectionStage());
    if (!edition.isOpen(measurement)) {
      throw new AwardConflictException(
          "measurement-not-open",
          stageOf(edition),
          "Claims are validated while " + measurement.slug() + " is open in " + editionId);
    }
    List<FieldViolation> v = new ArrayList<>();
    String validator = command.validator() == null ? "" : command.validator().strip();
    if (validator.length() < 2 || validator.length() > 100) {
      v.add(new FieldViolation("validator", "is required: who decides (2-100 characters)"));
    }
    if (command.role() == null) {
      v.add(new FieldViolation("role", "is required: " + List.of(ValidatorRole.values())));
    }
    List<ValidationDecision> decisions =
        command.decisions() == null ? List.of() : command.decisions();
    if (decisions.isEmpty()) {
      v.add(new FieldViolation("decisions", "at least one decision is required"));
    }
    List<ValidationDecision> resolved = new ArrayList<>();
    Set<ClaimKey> seen = new HashSet<>();
    for (int i = 0; i < decisions.size(); i++) {
      ValidationDecision d = decisions.get(i);
      String at = "decisions[" + i + "]";
      if (d == null || d.indicator() == null) {
        v.add(new FieldViolation(at + ".indicator", "is required"));
        continue;
      }
      ClaimKey key = key(d.innovationId(), d.indicator());
      ClaimState state = claims.get(key);
      if (state == null) {
        v.add(
            new FieldViolation(
                at + ".indicator",
                "has no claim"
                    + (key.innovationId() == null ? " in the SPD" : " for that innovation")));
        continue;
      }
      if (!seen.add(key)) {
        v.add(new FieldViolation(at, "decides the same claim twice"));
        continue;
      }
      if (command.role() == null) {
        continue;
      }
      resolve(v, at, d, key, state, command.role()).ifPresent(resolved::add);
    }
    InvalidAwardInputException.rejectIfAny(v);
    List<ValidationDecision> changed =
        resolved.stream().filter(d -> !repeats(d, command.role())).toList();
    if (changed.isEmpty()) {
      return version;
    }
    apply(
        new ClaimsValidatedEvent(
            submissionId,
            editionId,
            regionCode,
            validator,
            command.role(),
            changed,
            Instant.now(clock)));
    return version;
  }

  /** The decision with the option that counts after it, or empty (and a violation). */
  private static Optional<ValidationDecision> resolve(
      List<FieldViolation> v,
      String at,
      ValidationDecision d,
      ClaimKey key,
      ClaimState state,
      ValidatorRole role) {
    int claimed = state.claim().option();
    String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
    if (note != null && note.length() > 2000) {
      v.add(new FieldViolation(at + ".note", "at most 2000 characters"));
      return Optional.empty();
    }
    if (d.outcome() == null) {
      v.add(
          new FieldViolation(
              at + ".outcome", "is required: " + List.of(ValidationOutcome.values())));
      return Optional.empty();
    }
    if (d.option() != null && d.option() > claimed) {
      v.add(
          new FieldViolation(
              at + ".option", "can never raise the claim: the region claimed option " + claimed));
      return Optional.empty();
    }
    if (role == ValidatorRole.VERIFIER && state.qualityControl() != null) {
      v.add(
          new FieldViolation(
              at, "was already decided by quality control; only quality control can change it"));
      return Optional.empty();
    }
    if (role == ValidatorRole.QUALITY_CONTROL && state.verifier() == null) {
      v.add(
          new FieldViolation(
              at, "has no verifier's decision yet; quality control reviews a verifier's decision"));
      return Optional.empty();
    }
    int option;
    switch (d.outcome()) {
      case ACCEPTED -> {
        if (d.option() != null && d.option() != claimed) {
          v.add(
              new FieldViolation(
                  at + ".option",
                  "an accepted claim keeps its option " + claimed + "; downgrade it instead"));
          return Optional.empty();
        }
        option = claimed;
      }
      case DOWNGRADED -> {
        if (claimed == 1) {
          v.add(new FieldViolation(at + ".outcome", "option 1 cannot go lower; zero it instead"));
          return Optional.empty();
        }
        if (d.option() == null || d.option() < 1 || d.option() >= claimed) {
          v.add(
              new FieldViolation(
                  at + ".option", "a downgrade names a lower option, from 1 to " + (claimed - 1)));
          return Optional.empty();
        }
        if (note == null) {
          v.add(new FieldViolation(at + ".note", "is required: why the option is lowered"));
          return Optional.empty();
        }
        option = d.option();
      }
      case ZEROED -> {
        if (d.option() != null && d.option() != 0) {
          v.add(new FieldViolation(at + ".option", "a zeroed claim has option 0"));
          return Optional.empty();
        }
        if (note == null) {
          v.add(new FieldViolation(at + ".note", "is required: why the claim scores nothing"));
          return Optional.empty();
        }
        option = 0;
      }
      case CONFIRMED -> {
        if (role != ValidatorRole.QUALITY_CONTROL) {
          v.add(new FieldViolation(at + ".outcome", "only quality control confirms a decision"));
          return Optional.empty();
        }
        option = state.verifier().option();
        if (d.option() != null && d.option() != option) {
          v.add(
              new FieldViolation(
                  at + ".option", "a confirmation keeps the verifier's option " + option));
          return Optional.empty();
        }
      }
      default -> throw new IllegalStateException();
    }
    return Optional.of(
        new ValidationDecision(key.innovationId(), key.indicator(), d.outcome(), option, note));
  }

  private boolean repeats(ValidationDecision d, ValidatorRole role) {
    ClaimState state = claims.get(key(d.innovationId(), d.indicator()));
    Decision current = role == ValidatorRole.VERIFIER ? state.verifier() : state.qualityControl();
    return current != null
        && current.outcome() == d.outcome()
        && current.option() == d.option()
        && Objects.equals(current.note(), d.note());
  }

  /**
   * The If-Match check of a claim: a claim may create the submission, and Axon skips its own
   * version check when it loads or creates an aggregate, so the handler compares.
   */
  private void requireVersion(Long expected) {
    if (expected != null && expected != version) {
      throw new ConflictingAggregateVersionException(
          String.valueOf(submissionId), expected, version);
    }
  }

  private EditionState requireCollectionOpen(
      AwardLookup lookup,
      String edition,
      String id,
      String region,
      RegionCatalog regions,
      ProgrammeCatalog programmes,
      Instant now,
      boolean proposal,
      List<FieldViolation> v) {
    if (submissionId != null && !submissionId.equals(id)) {
      throw new IllegalStateException("command for " + id + " reached " + submissionId);
    }
    if (region == null || regions.find(region).isEmpty()) {
      v.add(new FieldViolation("regionCode", "is not a known province, kabupaten or kota code"));
    }
    if (edition == null || !EditionIds.submission(String.valueOf(region), edition).equals(id)) {
      v.add(new FieldViolation("submissionId", "does not match the region and edition"));
    }
    InvalidAwardInputException.rejectIfAny(v);
    EditionState state =
        lookup
            .edition(edition)
            .orElseThrow(() -> new AwardNotFoundException("No edition " + edition));
    if (proposal && state.rubricEdition() != null) {
      throw new AwardConflictException(
          "not-jury-only",
          stageOf(state),
          edition
              + " is scored on IID indicators; its regions claim them instead of entering"
              + " proposals");
    }
    if (!proposal && state.rubricEdition() == null) {
      throw new AwardConflictException(
          "no-rubric",
          stageOf(state),
          edition + " is judged by a jury only; it takes no indicator claims");
    }
    AwardStage collection = programmes.find(state.programme()).orElseThrow().collectionStage();
    if (state.stage() == null) {
      throw new AwardConflictException(
          "collection-not-open",
          null,
          collection.slug() + " of " + edition + " has not opened yet");
    }
    if (!state.isOpen(collection)
        || (state.collectionClosesAt() != null && !now.isBefore(state.collectionClosesAt()))) {
      throw new AwardConflictException(
          "collection-closed",
          stageOf(state),
          collection.slug()
              + " of "
              + edition
              + " closed"
              + (state.collectionClosesAt() == null ? "" : " at " + state.collectionClosesAt())
              + "; claims can no longer change");
    }
    return state;
  }

  private static String stageOf(EditionState s) {
    return s.stage() == null ? null : s.stage().slug() + (s.stageOpen() ? ":open" : ":closed");
  }

  private List<IndicatorClaim> changed(String innovationId, List<IndicatorClaim> checked) {
    return checked.stream()
        .filter(
            c -> {
              ClaimState current = claims.get(new ClaimKey(innovationId, c.indicator()));
              return current == null || !current.claim().equals(c);
            })
        .toList();
  }

  private ClaimKey key(String innovationId, String indicator) {
    String inn = innovationId == null || innovationId.isBlank() ? null : innovationId.strip();
    String code = indicator.strip();
    ClaimKey exact = new ClaimKey(inn, code);
    if (claims.containsKey(exact)) {
      return exact; // codes are stored as the catalogue writes them: no other case can match
    }
    for (ClaimKey k : claims.keySet()) {
      if (Objects.equals(k.innovationId(), inn) && k.indicator().equalsIgnoreCase(code)) {
        return k;
      }
    }
    return new ClaimKey(inn, code);
  }

  // --- reads for the REST layer -------------------------------------------------------------

  public long version() {
    return version;
  }

  public String submissionId() {
    return submissionId;
  }

  public String editionId() {
    return editionId;
  }

  public String regionCode() {
    return regionCode;
  }

  /** When the region last changed a claim (the tie-break "earlier submission"), or null. */
  public Instant submittedAt() {
    return submittedAt;
  }

  /** The proposals entered to a jury-only edition (innovation ids), in the order entered. */
  public Set<String> proposals() {
    return Collections.unmodifiableSet(proposals);
  }

  /** Every claim with its decisions, SPD rows first, in the order they were first claimed. */
  public Map<ClaimKey, ClaimState> claims() {
    return Collections.unmodifiableMap(claims);
  }

  // --- state ------------------------------------------------------------------------------

  @EventSourcingHandler
  void on(SpdClaimedEvent event) {
    start(event.submissionId(), event.editionId(), event.regionCode());
    event.claims().forEach(c -> put(new ClaimKey(null, c.indicator()), c));
    submittedAt = event.claimedAt();
    version++;
  }

  @EventSourcingHandler
  void on(InnovationClaimedEvent event) {
    start(event.submissionId(), event.editionId(), event.regionCode());
    event.claims().forEach(c -> put(new ClaimKey(event.innovationId(), c.indicator()), c));
    submittedAt = event.claimedAt();
    version++;
  }

  @EventSourcingHandler
  void on(ClaimsValidatedEvent event) {
    for (ValidationDecision d : event.decisions()) {
      ClaimKey key = new ClaimKey(d.innovationId(), d.indicator());
      ClaimState s = claims.get(key);
      Decision decision =
          new Decision(event.validator(), d.outcome(), d.option(), d.note(), event.decidedAt());
      claims.put(
          key,
          event.role() == ValidatorRole.VERIFIER
              ? new ClaimState(s.claim(), decision, s.qualityControl())
              : new ClaimState(s.claim(), s.verifier(), decision));
    }
    version++;
  }

  @EventSourcingHandler
  void on(ProposalEnteredEvent event) {
    start(event.submissionId(), event.editionId(), event.regionCode());
    proposals.add(event.innovationId());
    submittedAt = event.enteredAt();
    version++;
  }

  private void start(String id, String edition, String region) {
    if (submissionId == null) {
      submissionId = id;
      editionId = edition;
      regionCode = region;
    }
  }

  private void put(ClaimKey key, IndicatorClaim claim) {
    claims.put(key, new ClaimState(claim, null, null));
  }
}
