package id.inovik.command.award.jury;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import id.inovik.api.award.AssignJurorCommand;
import id.inovik.api.award.AwardStage;
import id.inovik.api.award.DecideShortlistCommand;
import id.inovik.api.award.EditionIds;
import id.inovik.api.award.FieldScoredEvent;
import id.inovik.api.award.JurorAssignedEvent;
import id.inovik.api.award.JurorRegisteredEvent;
import id.inovik.api.award.JuryAction;
import id.inovik.api.award.JuryConflictRefusedEvent;
import id.inovik.api.award.PresentationScoredEvent;
import id.inovik.api.award.Programme;
import id.inovik.api.award.ProgrammeCatalog;
import id.inovik.api.award.RankedEntry;
import id.inovik.api.award.RegisterJurorCommand;
import id.inovik.api.award.ScoreFieldCommand;
import id.inovik.api.award.ScorePresentationCommand;
import id.inovik.api.award.Shortlist;
import id.inovik.api.award.ShortlistDecidedEvent;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.award.AwardConflictException;
import id.inovik.command.award.AwardIdempotencyKeyReusedException;
import id.inovik.command.award.AwardNotFoundException;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.award.lookup.AwardLookup;
import id.inovik.command.award.lookup.AwardLookup.EditionState;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.scoring.catalogue.JuryCriterion;
import id.inovik.scoring.catalogue.JuryRubric;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The jury of one edition ({@code IGA-2026/jury}): its jurors with their home province, which
 * entries each juror is assigned to, their presentation scores (per criterion of the edition's jury
 * rubric) and field-validation scores, the attempts refused for a conflict of interest, and for a
 * jury-only programme (KIPP) its Top 99 and Top 45.
 *
 * <p>A stream of its own, so that jurors scoring never contend with the edition. What it needs of
 * other aggregates (the edition's stage, its nominees, the proposals entered, an entry's region)
 * comes from the {@link AwardLookup}, never from loading them (docs/adr/0013).
 *
 * <p>Conflict of interest: an entry whose region lies in the juror's home province (the first two
 * digits of the region code) is refused for assignment and for scoring. The refusal is an event
 * ({@link JuryConflictRefusedEvent}), returned in a {@link JuryOutcome} rather than thrown, so that
 * it is stored; the REST layer answers 409.
 */
@Aggregate
public class Jury {

  private static final Pattern JUROR_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
  private static final int MAX_SCORE = 100;

  @AggregateIdentifier private String juryId;
  private long version = -1;
  private String editionId;
  private final Map<String, Juror> jurors = new LinkedHashMap<>();
  private final Map<String, String> idempotencyKeys = new HashMap<>();
  private final Map<Assignment, String> assignments = new LinkedHashMap<>();
  private final Map<ScoreKey, PresentationScore> presentation = new LinkedHashMap<>();
  private final Map<Assignment, FieldScore> field = new LinkedHashMap<>();
  private final List<JuryConflictRefusedEvent> refusals = new ArrayList<>();
  private final Map<Shortlist, ShortlistDecidedEvent> shortlists = new EnumMap<>(Shortlist.class);

  /** A registered juror. */
  public record Juror(String id, String name, String provinceCode) {}

  /** A juror and an entry. */
  public record Assignment(String jurorId, String entryId) {}

  /** Where a presentation score belongs: the stage, the juror and the entry. */
  public record ScoreKey(AwardStage stage, String jurorId, String entryId) {}

  /** A juror's latest criterion scores of an entry in one stage. */
  public record PresentationScore(String regionCode, Map<String, Integer> scores, Instant at) {}

  /** A juror's latest field-validation score of an entry. */
  public record FieldScore(String regionCode, int score, Instant at) {}

  protected Jury() {
    // for Axon
  }

  /**
   * Registers a juror, creating the jury with its first one. The same juror with the same details
   * writes nothing; a replay with the same idempotency key and request is answered with the current
   * version, with the key and another request 422.
   */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public JuryOutcome handle(
      RegisterJurorCommand command, AwardLookup lookup, RegionCatalog regions, Clock clock) {
    if (command.expectedVersion() != null && command.expectedVersion() != version) {
      throw new ConflictingAggregateVersionException(
          String.valueOf(command.juryId()), command.expectedVersion(), version);
    }
    if (juryId != null && !juryId.equals(command.juryId())) {
      throw new IllegalStateException("command for " + command.juryId() + " reached " + juryId);
    }
    List<FieldViolation> v = new ArrayList<>();
    if (command.editionId() == null
        || !EditionIds.jury(command.editionId()).equals(command.juryId())) {
      v.add(new FieldViolation("juryId", "does not match the edition"));
    }
    String jurorId = strip(command.jurorId());
    if (jurorId == null || !JUROR_ID.matcher(jurorId).matches()) {
      v.add(
          new FieldViolation(
              "id", "is required: 1-64 letters, digits, '.', '_' or '-', e.g. j-bskdn-01"));
    }
    String name = strip(command.name());
    if (name == null || name.length() < 2 || name.length() > 200) {
      v.add(new FieldViolation("name", "is required (2-200 characters)"));
    }
    String province = strip(command.provinceCode());
    Optional<Region> home =
        province == null || !PROVINCE.matcher(province).matches()
            ? Optional.empty()
            : regions.find(province).filter(r -> r.code().equals(r.provinceCode()));
    if (home.isEmpty()) {
      v.add(
          new FieldViolation(
              "provinceCode", "must be the two-digit code of a province, e.g. 35 (Jawa Timur)"));
    }
    InvalidAwardInputException.rejectIfAny(v);
    EditionState edition = edition(lookup, command.editionId());
    String key = command.idempotencyKey();
    if (key != null && idempotencyKeys.containsKey(key)) {
      if (!Objects.equals(idempotencyKeys.get(key), command.requestFingerprint())) {
        throw new AwardIdempotencyKeyReusedException(key);
      }
      return JuryOutcome.accepted(version);
    }
    Juror existing = jurors.get(jurorId);
    if (existing != null) {
      if (existing.name().equals(name) && existing.provinceCode().equals(province)) {
        return JuryOutcome.accepted(version);
      }
      throw new AwardConflictException(
          "juror-registered",
          stageOf(edition),
          "Juror "
              + jurorId
              + " is registered already in "
              + command.editionId()
              + " as "
              + existing.name()
              + " ("
              + existing.provinceCode()
              + ")");
    }
    apply(
        new JurorRegisteredEvent(
            command.juryId(),
            command.editionId(),
            jurorId,
            name,
            province,
            Instant.now(clock),
            key,
            command.requestFingerprint()));
    return new JuryOutcome(version, null, true);
  }

  /** Assigns a juror to an entry: a current nominee (IID programme) or an entered proposal. */
  @CommandHandler
  public JuryOutcome handle(
      AssignJurorCommand command, AwardLookup lookup, ProgrammeCatalog programmes, Clock clock) {
    EditionState edition = edition(lookup, editionId);
    Programme programme = programme(programmes, edition);
    List<FieldViolation> v = new ArrayList<>();
    Juror juror = juror(v, command.jurorId());
    String entry = strip(command.entryId());
    String region = regionOfEntry(v, lookup, programme, entry);
    InvalidAwardInputException.rejectIfAny(v);
    Instant now = Instant.now(clock);
    if (conflicts(juror, region)) {
      return refuse(juror, entry, region, JuryAction.ASSIGNMENT, now);
    }
    if (assignments.containsKey(new Assignment(juror.id(), entry))) {
      return JuryOutcome.accepted(version);
    }
    apply(new JurorAssignedEvent(juryId, editionId, juror.id(), entry, region, now));
    return new JuryOutcome(version, null, true);
  }

  /**
   * A juror's criterion scores of an entry, while a stage scored on the rubric is open: {@code
   * presentasi}, and for a jury-only programme {@code evaluasi-proposal} (each its own score set).
   */
  @CommandHandler
  public JuryOutcome handle(
      ScorePresentationCommand command,
      AwardLookup lookup,
      ProgrammeCatalog programmes,
      Clock clock) {
    EditionState edition = edition(lookup, editionId);
    Programme programme = programme(programmes, edition);
    AwardStage stage = edition.stage();
    boolean criteriaStage =
        edition.stageOpen()
            && (stage == AwardStage.PRESENTASI || stage == AwardStage.EVALUASI_PROPOSAL);
    if (!criteriaStage) {
      throw new AwardConflictException(
          "presentation-not-open",
          stageOf(edition),
          "Presentation scores are given while "
              + criteriaStages(programme)
              + " is open in "
              + editionId);
    }
    List<FieldViolation> v = new ArrayList<>();
    Juror juror = juror(v, command.jurorId());
    String entry = strip(command.entryId());
    String region = regionOfEntry(v, lookup, programme, entry);
    if (region != null
        && stage == AwardStage.PRESENTASI
        && programme.stages().contains(AwardStage.EVALUASI_PROPOSAL)) {
      ShortlistDecidedEvent top = shortlists.get(Shortlist.TOP_99);
      if (top == null || !top.selected().contains(entry)) {
        v.add(new FieldViolation("entryId", "is not on the Top 99 of " + editionId));
      }
    }
    Map<String, Integer> scores =
        checkCriteria(v, JuryRubrics.of(edition, programme), command.scores());
    InvalidAwardInputException.rejectIfAny(v);
    Instant now = Instant.now(clock);
    if (conflicts(juror, region)) {
      return refuse(juror, entry, region, JuryAction.PRESENTATION_SCORE, now);
    }
    requireAssigned(juror, entry, edition);
    PresentationScore current = presentation.get(new ScoreKey(stage, juror.id(), entry));
    if (current != null && current.scores().equals(scores)) {
      return JuryOutcome.accepted(version);
    }
    apply(
        new PresentationScoredEvent(
            juryId, editionId, juror.id(), entry, region, stage, scores, now));
    return new JuryOutcome(version, null, true);
  }

  /** A juror's field-validation score of an entry, while the field validation is open. */
  @CommandHandler
  public JuryOutcome handle(
      ScoreFieldCommand command, AwardLookup lookup, ProgrammeCatalog programmes, Clock clock) {
    EditionState edition = edition(lookup, editionId);
    Programme programme = programme(programmes, edition);
    if (!edition.isOpen(AwardStage.VALIDASI_LAPANGAN)) {
      throw new AwardConflictException(
          "field-validation-not-open",
          stageOf(edition),
          programme.stages().contains(AwardStage.VALIDASI_LAPANGAN)
              ? "Field scores are given while "
                  + AwardStage.VALIDASI_LAPANGAN.slug()
                  + " is open in "
                  + editionId
              : programme.code() + " has no field validation");
    }
    List<FieldViolation> v = new ArrayList<>();
    Juror juror = juror(v, command.jurorId());
    String entry = strip(command.entryId());
    String region = regionOfEntry(v, lookup, programme, entry);
    if (command.score() == null || command.score() < 0 || command.score() > MAX_SCORE) {
      v.add(new FieldViolation("score", "is required: a whole number from 0 to 100"));
    }
    InvalidAwardInputException.rejectIfAny(v);
    Instant now = Instant.now(clock);
    if (conflicts(juror, region)) {
      return refuse(juror, entry, region, JuryAction.FIELD_SCORE, now);
    }
    requireAssigned(juror, entry, edition);
    FieldScore current = field.get(new Assignment(juror.id(), entry));
    if (current != null && current.score() == command.score()) {
      return JuryOutcome.accepted(version);
    }
    apply(new FieldScoredEvent(juryId, editionId, juror.id(), entry, region, command.score(), now));
    return new JuryOutcome(version, null, true);
  }

  /**
   * Decides a shortlist of a jury-only programme from the jury ranking given: the Top 99 while the
   * proposal evaluation is the current stage, from every proposal; the Top 45 while the plenary is
   * open, from the Top 99. Every ranked entry must have a jury score of the stage it is ranked on.
   */
  @CommandHandler
  public JuryOutcome handle(
      DecideShortlistCommand command,
      AwardLookup lookup,
      ProgrammeCatalog programmes,
      Clock clock) {
    EditionState edition = edition(lookup, editionId);
    Programme programme = programme(programmes, edition);
    Shortlist shortlist = command.shortlist();
    if (shortlist == null) {
      throw new InvalidAwardInputException(
          List.of(new FieldViolation("shortlist", "must be top-99 or top-45")));
    }
    if (!programme.stages().contains(AwardStage.EVALUASI_PROPOSAL)) {
      throw new AwardConflictException(
          "no-shortlists",
          stageOf(edition),
          programme.code() + " has no proposal evaluation and so no Top 99 or Top 45");
    }
    List<String> eligible;
    AwardStage scoredIn;
    if (shortlist == Shortlist.TOP_99) {
      if (edition.stage() != AwardStage.EVALUASI_PROPOSAL) {
        throw new AwardConflictException(
            "stage-order",
            stageOf(edition),
            "The Top 99 is decided while "
                + AwardStage.EVALUASI_PROPOSAL.slug()
                + " is the current stage of "
                + editionId);
      }
      eligible = lookup.proposals(editionId);
      scoredIn = AwardStage.EVALUASI_PROPOSAL;
    } else {
      if (!edition.isOpen(AwardStage.PLENO)) {
        throw new AwardConflictException(
            "stage-order",
            stageOf(edition),
            "The Top 45 is decided while " + AwardStage.PLENO.slug() + " is open in " + editionId);
      }
      ShortlistDecidedEvent top99 = shortlists.get(Shortlist.TOP_99);
      if (top99 == null) {
        throw new AwardConflictException(
            "top-99-not-decided", stageOf(edition), "The Top 99 of " + editionId + " is missing");
      }
      eligible = top99.selected();
      scoredIn = AwardStage.PRESENTASI;
    }
    List<FieldViolation> v = new ArrayList<>();
    List<RankedEntry> ranking = checkRanking(v, command.ranking(), eligible, scoredIn);
    List<String> selected =
        ranking.stream()
            .filter(r -> r.rank() <= shortlist.size())
            .map(RankedEntry::entryId)
            .toList();
    if (selected.size() > shortlist.size()) {
      v.add(
          new FieldViolation(
              "ranking",
              selected.size()
                  + " entries are ranked within the "
                  + shortlist.slug()
                  + ": break the tie at the cut"));
    }
    InvalidAwardInputException.rejectIfAny(v);
    ShortlistDecidedEvent current = shortlists.get(shortlist);
    if (current != null && current.ranking().equals(ranking)) {
      return JuryOutcome.accepted(version);
    }
    apply(
        new ShortlistDecidedEvent(
            juryId, editionId, shortlist, ranking, selected, Instant.now(clock)));
    return new JuryOutcome(version, null, true);
  }

  private List<RankedEntry> checkRanking(
      List<FieldViolation> v, List<RankedEntry> given, List<String> eligible, AwardStage scoredIn) {
    List<RankedEntry> lines = given == null ? List.of() : given;
    if (lines.isEmpty()) {
      v.add(new FieldViolation("ranking", "is required: every eligible entry, best first"));
    }
    Set<String> scored = new HashSet<>();
    presentation.keySet().stream()
        .filter(k -> k.stage() == scoredIn)
        .forEach(k -> scored.add(k.entryId()));
    Set<String> seen = new LinkedHashSet<>();
    List<RankedEntry> ranking = new ArrayList<>();
    int previous = 0;
    for (int i = 0; i < lines.size(); i++) {
      RankedEntry r = lines.get(i);
      String at = "ranking[" + i + "]";
      String entry = r == null ? null : strip(r.entryId());
      if (entry == null) {
        v.add(new FieldViolation(at + ".entryId", "is required"));
        continue;
      }
      if (!eligible.contains(entry)) {
        v.add(new FieldViolation(at + ".entryId", "is not an eligible entry of " + editionId));
      } else if (!seen.add(entry)) {
        v.add(new FieldViolation(at + ".entryId", "repeats " + entry));
      } else if (!scored.contains(entry)) {
        v.add(new FieldViolation(at + ".entryId", "has no jury score in " + scoredIn.slug()));
      }
      if (r.rank() < 1 || r.rank() < previous) {
        v.add(
            new FieldViolation(
                at + ".rank", "must be at least 1 and not below the rank of the line before"));
      } else {
        previous = r.rank();
      }
      if (!Double.isFinite(r.score())) {
        v.add(new FieldViolation(at + ".score", "must be a number"));
      }
      ranking.add(new RankedEntry(entry, r.rank(), r.score()));
    }
    List<String> missing = eligible.stream().filter(e -> !seen.contains(e)).toList();
    if (!missing.isEmpty() && !lines.isEmpty()) {
      v.add(new FieldViolation("ranking", "misses eligible entries: " + missing));
    }
    return List.copyOf(ranking);
  }

  private static Map<String, Integer> checkCriteria(
      List<FieldViolation> v, JuryRubric rubric, Map<String, Integer> given) {
    Map<String, Integer> scores = given == null ? Map.of() : given;
    Map<String, Integer> checked = new LinkedHashMap<>();
    for (JuryCriterion c : rubric.criteria()) {
      Integer score = scores.get(c.code());
      if (score == null || score < 0 || score > MAX_SCORE) {
        v.add(
            new FieldViolation(
                "scores." + c.code(),
                "is required: a whole number from 0 to 100 (" + c.label() + ")"));
      } else {
        checked.put(c.code(), score);
      }
    }
    for (String code : scores.keySet()) {
      if (rubric.criteria().stream().noneMatch(c -> c.code().equals(code))) {
        v.add(
            new FieldViolation(
                "scores." + code,
                "is not a criterion of "
                    + rubric.id()
                    + ": "
                    + rubric.criteria().stream().map(JuryCriterion::code).toList()));
      }
    }
    return Collections.unmodifiableMap(checked);
  }

  private JuryOutcome refuse(
      Juror juror, String entry, String region, JuryAction action, Instant now) {
    JuryConflictRefusedEvent refused =
        new JuryConflictRefusedEvent(
            juryId, editionId, juror.id(), juror.provinceCode(), entry, region, action, now);
    apply(refused);
    return new JuryOutcome(version, refused, true);
  }

  /** The province of a region code is its first two digits ({@code 35.07} lies in {@code 35}). */
  static String provinceOf(String regionCode) {
    return regionCode.length() < 2 ? regionCode : regionCode.substring(0, 2);
  }

  private static boolean conflicts(Juror juror, String region) {
    return provinceOf(region).equals(juror.provinceCode());
  }

  private void requireAssigned(Juror juror, String entry, EditionState edition) {
    if (!assignments.containsKey(new Assignment(juror.id(), entry))) {
      throw new AwardConflictException(
          "juror-not-assigned",
          stageOf(edition),
          "Juror " + juror.id() + " is not assigned to " + entry + " in " + editionId);
    }
  }

  private Juror juror(List<FieldViolation> v, String id) {
    Juror juror = id == null ? null : jurors.get(id.strip());
    if (juror == null) {
      v.add(new FieldViolation("jurorId", "is not a juror of " + editionId));
    }
    return juror;
  }

  /**
   * The entry's region: for an IID programme the entry is a nominee's region code, for a jury-only
   * one an entered proposal; null (and a violation) when it is neither.
   */
  private String regionOfEntry(
      List<FieldViolation> v, AwardLookup lookup, Programme programme, String entry) {
    if (entry == null || entry.isEmpty()) {
      v.add(new FieldViolation("entryId", "is required"));
      return null;
    }
    if (programme.scoring() == Programme.Scoring.IID) {
      if (lookup.isNominee(editionId, entry)) {
        return entry;
      }
      v.add(new FieldViolation("entryId", "is not a current nominee of " + editionId));
      return null;
    }
    Optional<String> region = lookup.regionOfProposal(editionId, entry);
    if (region.isEmpty()) {
      v.add(new FieldViolation("entryId", "is not a proposal entered to " + editionId));
      return null;
    }
    return region.get();
  }

  private static EditionState edition(AwardLookup lookup, String editionId) {
    return lookup
        .edition(editionId)
        .orElseThrow(() -> new AwardNotFoundException("No edition " + editionId));
  }

  private static Programme programme(ProgrammeCatalog programmes, EditionState edition) {
    return programmes.find(edition.programme()).orElseThrow();
  }

  private static String criteriaStages(Programme programme) {
    return String.join(
        " or ",
        programme.stages().stream()
            .filter(s -> s == AwardStage.PRESENTASI || s == AwardStage.EVALUASI_PROPOSAL)
            .map(AwardStage::slug)
            .toList());
  }

  private static String stageOf(EditionState s) {
    return s.stage() == null ? null : s.stage().slug() + (s.stageOpen() ? ":open" : ":closed");
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  // --- reads for the REST layer -------------------------------------------------------------

  public long version() {
    return version;
  }

  public String juryId() {
    return juryId;
  }

  public String editionId() {
    return editionId;
  }

  public List<Juror> jurors() {
    return List.copyOf(jurors.values());
  }

  /** Assignments with the entry's region, in the order they were made. */
  public Map<Assignment, String> assignments() {
    return Collections.unmodifiableMap(assignments);
  }

  /** The latest criterion scores per stage, juror and entry. */
  public Map<ScoreKey, PresentationScore> presentationScores() {
    return Collections.unmodifiableMap(presentation);
  }

  /** The latest field score per juror and entry. */
  public Map<Assignment, FieldScore> fieldScores() {
    return Collections.unmodifiableMap(field);
  }

  /** Every attempt refused for a conflict of interest, oldest first. */
  public List<JuryConflictRefusedEvent> refusals() {
    return List.copyOf(refusals);
  }

  public Map<Shortlist, ShortlistDecidedEvent> shortlists() {
    return Collections.unmodifiableMap(shortlists);
  }

  // --- state ------------------------------------------------------------------------------

  @EventSourcingHandler
  void on(JurorRegisteredEvent event) {
    juryId = event.juryId();
    editionId = event.editionId();
    jurors.put(event.jurorId(), new Juror(event.jurorId(), event.name(), event.provinceCode()));
    if (event.idempotencyKey() != null) {
      idempotencyKeys.put(event.idempotencyKey(), event.requestFingerprint());
    }
    version++;
  }

  @EventSourcingHandler
  void on(JurorAssignedEvent event) {
    assignments.put(new Assignment(event.jurorId(), event.entryId()), event.regionCode());
    version++;
  }

  @EventSourcingHandler
  void on(JuryConflictRefusedEvent event) {
    refusals.add(event);
    version++;
  }

  @EventSourcingHandler
  void on(PresentationScoredEvent event) {
    presentation.put(
        new ScoreKey(event.stage(), event.jurorId(), event.entryId()),
        new PresentationScore(
            event.regionCode(),
            Collections.unmodifiableMap(new LinkedHashMap<>(event.scores())),
            event.scoredAt()));
    version++;
  }

  @EventSourcingHandler
  void on(FieldScoredEvent event) {
    field.put(
        new Assignment(event.jurorId(), event.entryId()),
        new FieldScore(event.regionCode(), event.score(), event.scoredAt()));
    version++;
  }

  @EventSourcingHandler
  void on(ShortlistDecidedEvent event) {
    shortlists.put(event.shortlist(), event);
    version++;
  }
}
