package id.inovik.command.award.edition;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import id.inovik.api.award.AwardNomineesDeclaredEvent;
import id.inovik.api.award.AwardStage;
import id.inovik.api.award.AwardWinnersDeclaredEvent;
import id.inovik.api.award.CloseEditionStageCommand;
import id.inovik.api.award.ConfirmEditionCreationCommand;
import id.inovik.api.award.CreateEditionCommand;
import id.inovik.api.award.DeclareNomineesCommand;
import id.inovik.api.award.DeclareWinnersCommand;
import id.inovik.api.award.EditionCategory;
import id.inovik.api.award.EditionCreatedEvent;
import id.inovik.api.award.EditionResultsPublishedEvent;
import id.inovik.api.award.EditionStageClosedEvent;
import id.inovik.api.award.EditionStageOpenedEvent;
import id.inovik.api.award.EditionStageRescheduledEvent;
import id.inovik.api.award.OpenEditionStageCommand;
import id.inovik.api.award.Programme;
import id.inovik.api.award.ProgrammeCatalog;
import id.inovik.api.award.PublishResultsCommand;
import id.inovik.api.award.PublishedCategory;
import id.inovik.api.award.RecordedRanking;
import id.inovik.api.award.RescheduleStageCommand;
import id.inovik.api.award.StageCloseTrigger;
import id.inovik.api.award.StageSchedule;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.award.AwardConflictException;
import id.inovik.command.award.AwardIdempotencyKeyReusedException;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.award.ScheduleClock;
import id.inovik.command.innovation.FieldViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One edition of an award programme (programme and year, e.g. {@code IGA-2026}): its rubric, award
 * categories, the schedule of its stages, which stage is open, and the nominees and winners per
 * category (docs/domain/lifecycle.md#award-cycle).
 *
 * <p>Stages open in the programme's order, by command; opening one closes the one before. The
 * collection stage (penjaringan) also closes by itself: opening it schedules a deadline with the
 * {@link DeadlineManager} (persisted in the event store's database, docs/adr/0012), and the
 * deadline's handler closes the stage unless it closed already. Every handler returns the version
 * after the change.
 */
@Aggregate
public class Edition {

  /** The name of the deadline that closes the collection stage. */
  public static final String COLLECTION_DEADLINE = "edition-collection-closes";

  @AggregateIdentifier private String editionId;
  private long version = -1;
  private Programme programme;
  private int year;
  private Integer rubricEdition;
  private List<EditionCategory> categories;
  private final Map<AwardStage, StageSchedule> schedule = new EnumMap<>(AwardStage.class);
  private String idempotencyKey;
  private String requestFingerprint;
  private AwardStage current;
  private boolean currentOpen;
  private Instant currentOpenedAt;
  private Instant collectionClosesAt;
  private final Map<String, List<String>> nominees = new HashMap<>();
  private final Map<String, List<String>> winners = new HashMap<>();
  private final Map<String, RecordedRanking> nomineeRankings = new HashMap<>();
  private String publishedUnder;
  private EditionResultsPublishedEvent published;

  protected Edition() {
    // for Axon
  }

  /**
   * Creates the edition. The id is the programme and year, so a second creation fails to create a
   * second stream and is answered by {@link #handle(ConfirmEditionCreationCommand)} when it carries
   * the same idempotency key and request.
   */
  @CommandHandler
  public Edition(CreateEditionCommand command, ProgrammeCatalog programmes, Clock clock) {
    InvalidAwardInputException.rejectIfAny(EditionRules.check(command, programmes));
    Programme p = programmes.find(command.programme()).orElseThrow();
    List<StageSchedule> ordered =
        p.stages().stream()
            .map(
                s ->
                    command.schedule().stream()
                        .filter(x -> x != null && x.stage() == s)
                        .findFirst()
                        .orElseThrow())
            .toList();
    apply(
        new EditionCreatedEvent(
            command.editionId(),
            p.code(),
            command.year(),
            EditionRules.rubricEdition(command, p),
            EditionRules.categories(command, p),
            ordered,
            Instant.now(clock),
            command.idempotencyKey(),
            command.requestFingerprint()));
  }

  /** Answers a replayed keyed creation with the current version, or rejects a reused key. */
  @CommandHandler
  public long handle(ConfirmEditionCreationCommand command) {
    if (command.idempotencyKey() == null
        || !Objects.equals(idempotencyKey, command.idempotencyKey())
        || !Objects.equals(requestFingerprint, command.requestFingerprint())) {
      throw new AwardIdempotencyKeyReusedException(command.idempotencyKey());
    }
    return version;
  }

  /**
   * Opens the next stage, closing the one still open. Opening the collection stage schedules its
   * deadline. Opening the stage that is already open writes nothing.
   */
  @CommandHandler
  public long handle(
      OpenEditionStageCommand command,
      Clock clock,
      ScheduleClock scheduleClock,
      DeadlineManager deadlines) {
    AwardStage stage = requireStageOfProgramme(command.stage());
    if (stage == current && currentOpen) {
      return version;
    }
    AwardStage expected = current == null ? programme.stages().getFirst() : programme.next(current);
    if (stage != expected) {
      throw new AwardConflictException(
          "stage-order",
          stageState(),
          expected == null
              ? "Every stage of " + editionId + " has been opened"
              : "The next stage of "
                  + editionId
                  + " is "
                  + expected.slug()
                  + ", not "
                  + stage.slug());
    }
    Instant now = Instant.now(clock);
    Instant closesAt = null;
    if (stage == programme.collectionStage()) {
      closesAt = scheduleClock.closesAt(schedule.get(stage), now);
      if (!closesAt.isAfter(now)) {
        throw new AwardConflictException(
            "deadline-passed",
            stageState(),
            stage.slug()
                + " was scheduled to close on "
                + schedule.get(stage).closesOn()
                + "; it can no longer open");
      }
    }
    if (current != null && currentOpen) {
      closeCurrent(now, StageCloseTrigger.COMMAND, deadlines);
    }
    apply(new EditionStageOpenedEvent(editionId, programme.code(), year, stage, now, closesAt));
    if (closesAt != null) {
      deadlines.schedule(
          closesAt, COLLECTION_DEADLINE, new CollectionDeadline(editionId, stage, closesAt));
    }
    return version;
  }

  /**
   * Moves a stage's dates. A closed stage keeps its dates (409); an open one keeps its opening day.
   * Moving the open collection's closing day moves its deadline (the old one is cancelled in the
   * same transaction), and is refused when the new deadline has passed already. The same dates
   * again write nothing.
   */
  @CommandHandler
  public long handle(
      RescheduleStageCommand command,
      Clock clock,
      ScheduleClock scheduleClock,
      DeadlineManager deadlines) {
    AwardStage stage = requireStageOfProgramme(command.stage());
    if (isClosed(stage)) {
      throw new AwardConflictException(
          "stage-closed",
          stageState(),
          stage.slug() + " has closed in " + editionId + "; its dates are part of the record");
    }
    List<FieldViolation> v = new ArrayList<>();
    if (command.opensOn() == null) {
      v.add(new FieldViolation("opensOn", "is required"));
    }
    if (command.closesOn() == null) {
      v.add(new FieldViolation("closesOn", "is required"));
    }
    String reason = command.reason() == null ? "" : command.reason().strip();
    if (reason.isEmpty() || reason.length() > 500) {
      v.add(
          new FieldViolation(
              "reason", "is required (at most 500 characters), e.g. the circular letter's number"));
    }
    boolean open = stage == current && currentOpen;
    StageSchedule before = schedule.get(stage);
    if (open && command.opensOn() != null && !command.opensOn().equals(before.opensOn())) {
      v.add(
          new FieldViolation(
              "opensOn",
              stage.slug() + " is open already; its opening day stays " + before.opensOn()));
    }
    InvalidAwardInputException.rejectIfAny(v);
    StageSchedule moved = new StageSchedule(stage, command.opensOn(), command.closesOn());
    List<StageSchedule> whole = new ArrayList<>();
    for (AwardStage s : programme.stages()) {
      whole.add(s == stage ? moved : schedule.get(s));
    }
    List<FieldViolation> order = new ArrayList<>();
    String own = "schedule." + stage.slug() + ".";
    for (FieldViolation f : EditionRules.scheduleViolations(whole, programme)) {
      order.add(
          f.field().startsWith(own)
              ? new FieldViolation(f.field().substring(own.length()), f.reason())
              : new FieldViolation(
                  "closesOn",
                  "moves "
                      + stage.slug()
                      + " into the next stage: "
                      + f.field()
                      + " "
                      + f.reason()));
    }
    InvalidAwardInputException.rejectIfAny(order);
    if (moved.equals(before)) {
      return version;
    }
    Instant now = Instant.now(clock);
    Instant closesAt = null;
    if (open && stage == programme.collectionStage()) {
      closesAt = scheduleClock.closesAt(moved, currentOpenedAt);
      if (!closesAt.isAfter(now)) {
        throw new AwardConflictException(
            "deadline-passed",
            stageState(),
            "a collection closing on " + moved.closesOn() + " would have closed already");
      }
    }
    apply(
        new EditionStageRescheduledEvent(
            editionId,
            programme.code(),
            year,
            stage,
            moved.opensOn(),
            moved.closesOn(),
            closesAt,
            reason,
            now));
    if (closesAt != null) {
      deadlines.cancelAllWithinScope(COLLECTION_DEADLINE);
      deadlines.schedule(
          closesAt, COLLECTION_DEADLINE, new CollectionDeadline(editionId, stage, closesAt));
    }
    return version;
  }

  /** Closes the open stage early. Closing a stage that has closed already writes nothing. */
  @CommandHandler
  public long handle(CloseEditionStageCommand command, Clock clock, DeadlineManager deadlines) {
    AwardStage stage = requireStageOfProgramme(command.stage());
    if (stage == current && currentOpen) {
      closeCurrent(Instant.now(clock), StageCloseTrigger.COMMAND, deadlines);
      return version;
    }
    if (isClosed(stage)) {
      return version;
    }
    throw new AwardConflictException(
        "stage-not-open", stageState(), stage.slug() + " is not open in " + editionId);
  }

  /**
   * The collection stage's deadline: closes the stage if it is still open and the deadline is the
   * one scheduled when it opened. A deadline that fires again (after a crash between the close and
   * the scheduler's bookkeeping) finds the stage closed and writes nothing.
   */
  @DeadlineHandler(deadlineName = COLLECTION_DEADLINE)
  public void on(CollectionDeadline deadline, Clock clock) {
    if (deadline.stage() == current
        && currentOpen
        && Objects.equals(deadline.closesAt(), collectionClosesAt)) {
      apply(
          new EditionStageClosedEvent(
              editionId,
              programme.code(),
              year,
              current,
              Instant.now(clock),
              StageCloseTrigger.DEADLINE));
    }
  }

  @CommandHandler
  public long handle(DeclareNomineesCommand command, RegionCatalog regions, Clock clock) {
    AwardStage measurement = programme.next(programme.collectionStage());
    if (current != measurement) {
      throw new AwardConflictException(
          "stage-order",
          stageState(),
          "Nominees are declared in the "
              + (measurement == null ? "measurement" : measurement.slug())
              + " stage; "
              + editionId
              + " is "
              + (current == null ? "not open yet" : "in " + current.slug()));
    }
    List<String> codes = checkRegions(command.category(), command.regionCodes(), regions, null);
    List<FieldViolation> v = new ArrayList<>();
    EditionCategory category = category(command.category());
    if (category.nominees() != null && codes.size() > category.nominees()) {
      v.add(
          new FieldViolation(
              "regionCodes",
              command.category()
                  + " takes at most "
                  + category.nominees()
                  + " nominees, not "
                  + codes.size()));
    }
    RecordedRanking ranking = command.ranking();
    if (programme.scoring() == Programme.Scoring.IID && ranking == null) {
      v.add(
          new FieldViolation(
              "ranking", "nominees of a scored programme are taken from the category's ranking"));
    }
    if (ranking != null) {
      Set<String> ranked = new HashSet<>();
      ranking.entries().forEach(e -> ranked.add(e.regionCode()));
      for (int i = 0; i < codes.size(); i++) {
        if (!ranked.contains(codes.get(i))) {
          v.add(
              new FieldViolation(
                  "regionCodes[" + command.regionCodes().indexOf(codes.get(i)) + "]",
                  codes.get(i)
                      + " does not compete in "
                      + command.category()
                      + " (not in its ranking: no submission, or not of the category's region"
                      + " type or list)"));
        }
      }
    }
    InvalidAwardInputException.rejectIfAny(v);
    if (codes.equals(nominees.get(command.category()))
        && Objects.equals(ranking, nomineeRankings.get(command.category()))) {
      return version;
    }
    apply(
        new AwardNomineesDeclaredEvent(
            editionId,
            programme.code(),
            year,
            command.category(),
            codes,
            Instant.now(clock),
            ranking));
    return version;
  }

  @CommandHandler
  public long handle(DeclareWinnersCommand command, RegionCatalog regions, Clock clock) {
    AwardStage last = programme.stages().getLast();
    if (current != last || !currentOpen) {
      throw new AwardConflictException(
          "stage-order", stageState(), "Winners are declared while " + last.slug() + " is open");
    }
    requireUnpublished();
    List<String> codes =
        checkRegions(
            command.category(),
            command.regionCodes(),
            regions,
            nominees.getOrDefault(command.category(), List.of()));
    EditionCategory category = category(command.category());
    if (category.winners() != null && codes.size() > category.winners()) {
      throw new InvalidAwardInputException(
          List.of(
              new FieldViolation(
                  "regionCodes",
                  command.category()
                      + " takes at most "
                      + category.winners()
                      + " winners, not "
                      + codes.size())));
    }
    if (codes.equals(winners.get(command.category()))) {
      return version;
    }
    apply(
        new AwardWinnersDeclaredEvent(
            editionId, programme.code(), year, command.category(), codes, Instant.now(clock)));
    return version;
  }

  /**
   * Publishes the results under their decree, once: every category with its winners, nominees and
   * final standings as the command computed them. Needs the plenary (the last stage) to have opened
   * and at least one category with winners.
   */
  @CommandHandler
  public long handle(PublishResultsCommand command, Clock clock) {
    AwardStage last = programme.stages().getLast();
    if (current != last) {
      throw new AwardConflictException(
          "stage-order",
          stageState(),
          "Results are published from the " + last.slug() + " stage on");
    }
    requireUnpublished();
    List<FieldViolation> v = new ArrayList<>();
    String decree = command.decreeNumber() == null ? "" : command.decreeNumber().strip();
    if (decree.isEmpty() || decree.length() > 120) {
      v.add(
          new FieldViolation(
              "decreeNumber", "is required (at most 120 characters), e.g. the Kepmendagri number"));
    }
    if (command.decreeDate() == null) {
      v.add(new FieldViolation("decreeDate", "is required (YYYY-MM-DD)"));
    }
    if (winners.values().stream().allMatch(List::isEmpty)) {
      v.add(new FieldViolation("winners", "no category has winners yet; declare them first"));
    }
    Map<String, RecordedRanking> standings =
        command.standings() == null ? Map.of() : command.standings();
    for (String code : standings.keySet()) {
      if (categories.stream().noneMatch(c -> c.code().equals(code))) {
        v.add(new FieldViolation("standings." + code, "is not a category of " + editionId));
      }
    }
    InvalidAwardInputException.rejectIfAny(v);
    List<PublishedCategory> published = new ArrayList<>();
    for (EditionCategory c : categories) {
      published.add(
          new PublishedCategory(
              c.code(),
              c.label(),
              winners.getOrDefault(c.code(), List.of()),
              nominees.getOrDefault(c.code(), List.of()),
              standings.get(c.code()),
              command.juryMethod(),
              command.jury() == null
                  ? List.of()
                  : command.jury().getOrDefault(c.code(), List.of())));
    }
    apply(
        new EditionResultsPublishedEvent(
            editionId,
            programme.code(),
            year,
            decree,
            command.decreeDate(),
            published,
            Instant.now(clock)));
    return version;
  }

  private void requireUnpublished() {
    if (publishedUnder != null) {
      throw new AwardConflictException(
          "published",
          stageState(),
          editionId + "'s results were published under " + publishedUnder + "; they are final");
    }
  }

  private EditionCategory category(String code) {
    return categories.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  private List<String> checkRegions(
      String category, List<String> regionCodes, RegionCatalog regions, List<String> mustBeIn) {
    List<FieldViolation> v = new ArrayList<>();
    if (category == null || categories.stream().noneMatch(c -> c.code().equals(category))) {
      v.add(
          new FieldViolation(
              "category",
              "must be a category of "
                  + editionId
                  + ": "
                  + categories.stream().map(EditionCategory::code).toList()));
    }
    List<String> given = regionCodes == null ? List.of() : regionCodes;
    if (given.isEmpty()) {
      v.add(new FieldViolation("regionCodes", "at least one region is required"));
    }
    Set<String> seen = new HashSet<>();
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String code = given.get(i) == null ? null : given.get(i).strip();
      String at = "regionCodes[" + i + "]";
      if (code == null || regions.find(code).isEmpty()) {
        v.add(new FieldViolation(at, "is not a known province, kabupaten or kota code"));
      } else if (!seen.add(code)) {
        v.add(new FieldViolation(at, "repeats " + code));
      } else if (mustBeIn != null && !mustBeIn.contains(code)) {
        v.add(new FieldViolation(at, code + " is not a nominee of " + category));
      } else {
        codes.add(code);
      }
    }
    InvalidAwardInputException.rejectIfAny(v);
    return List.copyOf(codes);
  }

  private void closeCurrent(Instant now, StageCloseTrigger trigger, DeadlineManager deadlines) {
    AwardStage closing = current;
    apply(new EditionStageClosedEvent(editionId, programme.code(), year, closing, now, trigger));
    if (closing == programme.collectionStage()) {
      deadlines.cancelAllWithinScope(COLLECTION_DEADLINE);
    }
  }

  private AwardStage requireStageOfProgramme(AwardStage stage) {
    if (stage == null || !programme.stages().contains(stage)) {
      throw new InvalidAwardInputException(
          List.of(
              new FieldViolation(
                  "stage",
                  "must be a stage of "
                      + programme.code()
                      + ": "
                      + programme.stages().stream().map(AwardStage::slug).toList())));
    }
    return stage;
  }

  private boolean isClosed(AwardStage stage) {
    if (current == null) {
      return false;
    }
    int at = programme.stages().indexOf(stage);
    int now = programme.stages().indexOf(current);
    return at < now || (at == now && !currentOpen);
  }

  private String stageState() {
    return current == null ? null : current.slug() + (currentOpen ? ":open" : ":closed");
  }

  // --- reads for the REST layer -------------------------------------------------------------

  public long version() {
    return version;
  }

  public String editionId() {
    return editionId;
  }

  public Programme programme() {
    return programme;
  }

  public int year() {
    return year;
  }

  public Integer rubricEdition() {
    return rubricEdition;
  }

  public List<EditionCategory> categories() {
    return categories;
  }

  public List<StageSchedule> schedule() {
    return List.copyOf(schedule.values());
  }

  /** The last stage opened, or empty before the first opens. */
  public Optional<AwardStage> currentStage() {
    return Optional.ofNullable(current);
  }

  public boolean currentOpen() {
    return currentOpen;
  }

  /** When the collection stage closes by itself, once it has opened. */
  public Optional<Instant> collectionClosesAt() {
    return Optional.ofNullable(collectionClosesAt);
  }

  public Map<String, List<String>> nominees() {
    return Map.copyOf(nominees);
  }

  public Map<String, List<String>> winners() {
    return Map.copyOf(winners);
  }

  /** The ranking each category's nominees were taken from, where one was recorded. */
  public Map<String, RecordedRanking> nomineeRankings() {
    return Map.copyOf(nomineeRankings);
  }

  /** The decree the results were published under, once published. */
  public Optional<String> publishedUnder() {
    return Optional.ofNullable(publishedUnder);
  }

  /** The published results as the event holds them, once published. */
  public Optional<EditionResultsPublishedEvent> published() {
    return Optional.ofNullable(published);
  }

  // --- state ------------------------------------------------------------------------------

  @EventSourcingHandler
  void on(EditionCreatedEvent event, ProgrammeCatalog programmes) {
    editionId = event.editionId();
    programme =
        programmes
            .find(event.programme())
            .orElseThrow(
                () -> new IllegalStateException("programme " + event.programme() + " is unknown"));
    year = event.year();
    rubricEdition = event.rubricEdition();
    categories = List.copyOf(event.categories());
    event.schedule().forEach(s -> schedule.put(s.stage(), s));
    idempotencyKey = event.idempotencyKey();
    requestFingerprint = event.requestFingerprint();
    version++;
  }

  @EventSourcingHandler
  void on(EditionStageOpenedEvent event) {
    current = event.stage();
    currentOpen = true;
    currentOpenedAt = event.openedAt();
    if (event.closesAt() != null) {
      collectionClosesAt = event.closesAt();
    }
    version++;
  }

  @EventSourcingHandler
  void on(EditionStageRescheduledEvent event) {
    schedule.put(
        event.stage(), new StageSchedule(event.stage(), event.opensOn(), event.closesOn()));
    if (event.closesAt() != null) {
      collectionClosesAt = event.closesAt();
    }
    version++;
  }

  @EventSourcingHandler
  void on(EditionStageClosedEvent event) {
    currentOpen = false;
    version++;
  }

  @EventSourcingHandler
  void on(AwardNomineesDeclaredEvent event) {
    nominees.put(event.category(), List.copyOf(event.regionCodes()));
    if (event.ranking() == null) {
      nomineeRankings.remove(event.category());
    } else {
      nomineeRankings.put(event.category(), event.ranking());
    }
    version++;
  }

  @EventSourcingHandler
  void on(AwardWinnersDeclaredEvent event) {
    winners.put(event.category(), List.copyOf(event.regionCodes()));
    version++;
  }

  @EventSourcingHandler
  void on(EditionResultsPublishedEvent event) {
    publishedUnder = event.decreeNumber();
    published = event;
    version++;
  }
}
