package id.inovik.command.award.web;

import id.inovik.api.award.AwardStage;
import id.inovik.api.award.CloseEditionStageCommand;
import id.inovik.api.award.ConfirmEditionCreationCommand;
import id.inovik.api.award.CreateEditionCommand;
import id.inovik.api.award.DeclareNomineesCommand;
import id.inovik.api.award.DeclareWinnersCommand;
import id.inovik.api.award.EditionCategory;
import id.inovik.api.award.EditionIds;
import id.inovik.api.award.EditionResultsPublishedEvent;
import id.inovik.api.award.OpenEditionStageCommand;
import id.inovik.api.award.Programme;
import id.inovik.api.award.ProgrammeCatalog;
import id.inovik.api.award.PublishResultsCommand;
import id.inovik.api.award.RecordedRanking;
import id.inovik.api.award.RescheduleStageCommand;
import id.inovik.api.award.StageSchedule;
import id.inovik.command.award.AwardNotFoundException;
import id.inovik.command.award.AwardReads;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.award.edition.Edition;
import id.inovik.command.award.edition.EditionRules;
import id.inovik.command.award.standings.Nominations;
import id.inovik.command.award.standings.Nominations.Nomination;
import id.inovik.command.dispatch.CommandDispatcher;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.ProposalIdentity;
import id.inovik.command.web.CommandResult;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Award editions: {@code /api/editions/{programme}/{year}}, e.g. {@code /api/editions/IGA/2026}.
 * The programme is part of the path so that other programmes' editions (a jury-only one such as
 * KIPP) sit beside the IGA's.
 */
@RestController
@RequestMapping("/api/editions")
class EditionController {

  private final CommandDispatcher commands;
  private final AwardReads reads;
  private final ProgrammeCatalog programmes;
  private final JsonMapper json;
  private final Nominations nominations;

  EditionController(
      CommandDispatcher commands,
      AwardReads reads,
      ProgrammeCatalog programmes,
      JsonMapper json,
      Nominations nominations) {
    this.nominations = nominations;
    this.commands = commands;
    this.reads = reads;
    this.programmes = programmes;
    this.json = json;
  }

  /** Planned dates of one stage. */
  record Dates(LocalDate opensOn, LocalDate closesOn) {}

  /**
   * Body of {@code POST /api/editions}; {@code schedule} is keyed by stage ({@code penjaringan}).
   */
  record CreateEdition(
      String programme,
      Integer year,
      Integer rubricEdition,
      List<EditionCategory> categories,
      Map<String, Dates> schedule) {}

  /** Body of the winner lists. */
  record Regions(List<String> regionCodes) {}

  /** Body of a nominee list: the regions, or how many of the category's ranking to take. */
  record NomineeRequest(List<String> regionCodes, Integer top) {}

  /** A category's nominees with the ranking they were taken from. */
  record NomineesView(String category, List<String> nominees, RecordedRanking ranking) {}

  /** Body of a stage's new dates. */
  record Reschedule(LocalDate opensOn, LocalDate closesOn, String reason) {}

  /** What a publication reads from the edition, in one load. */
  private record PublicationBasis(
      Integer rubric, List<String> categories, Map<String, List<String>> nominees) {}

  /** Body of the publication. */
  record Publication(String decreeNumber, LocalDate decreeDate) {}

  /** One category with its nominees and winners. */
  record CategoryView(
      String code,
      String label,
      Integer nomineeCount,
      Integer winnerCount,
      List<String> nominees,
      List<String> winners) {}

  /** One stage as planned, and whether it is open. */
  record StageView(String stage, LocalDate opensOn, LocalDate closesOn, String status) {}

  /** An edition as it stands. */
  record EditionView(
      String id,
      String programme,
      String programmeName,
      int year,
      Integer rubricEdition,
      String stage,
      boolean stageOpen,
      Instant collectionClosesAt,
      List<StageView> schedule,
      List<CategoryView> categories,
      String publishedUnder,
      long version) {}

  /**
   * Sets up an edition. Its id follows from programme and year; with an {@code Idempotency-Key} the
   * same request sent again answers 200, the same key with another body 422; without one, a second
   * creation answers 409.
   */
  @PostMapping
  ResponseEntity<CommandResult> create(
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody CreateEdition body) {
    AwardHttp.checkIdempotencyKey(idempotencyKey);
    List<FieldViolation> v = new ArrayList<>();
    if (body.year() == null) {
      v.add(new FieldViolation("year", "is required"));
    }
    if (body.programme() == null || body.programme().isBlank()) {
      v.add(new FieldViolation("programme", "is required, e.g. IGA"));
    }
    List<StageSchedule> schedule = new ArrayList<>();
    if (body.schedule() == null || body.schedule().isEmpty()) {
      v.add(new FieldViolation("schedule", "is required: the dates of every stage"));
    } else {
      body.schedule()
          .forEach(
              (slug, dates) -> {
                var stage = AwardStage.parse(slug);
                if (stage.isEmpty()) {
                  v.add(
                      new FieldViolation(
                          "schedule." + slug,
                          "is not a stage; stages are "
                              + java.util.Arrays.stream(AwardStage.values())
                                  .map(AwardStage::slug)
                                  .toList()));
                } else {
                  schedule.add(
                      new StageSchedule(
                          stage.get(),
                          dates == null ? null : dates.opensOn(),
                          dates == null ? null : dates.closesOn()));
                }
              });
    }
    String programme = body.programme() == null ? "" : body.programme().strip();
    int year = body.year() == null ? 0 : body.year();
    String id = EditionIds.edition(programme, year);
    String fingerprint = ProposalIdentity.sha256(json.writeValueAsBytes(body));
    CreateEditionCommand command =
        new CreateEditionCommand(
            id,
            programme,
            year,
            body.rubricEdition(),
            body.categories(),
            schedule,
            idempotencyKey,
            fingerprint);
    if (body.year() != null && body.programme() != null) {
      v.addAll(EditionRules.check(command, programmes));
    }
    InvalidAwardInputException.rejectIfAny(v);
    try {
      commands.send(command);
    } catch (AggregateStreamCreationException alreadyStored) {
      if (idempotencyKey == null) {
        throw alreadyStored;
      }
      long version =
          commands.send(new ConfirmEditionCreationCommand(id, idempotencyKey, fingerprint));
      return AwardHttp.ok(id, version);
    }
    Programme p = programmes.find(programme).orElseThrow();
    return ResponseEntity.created(URI.create(path(p.code(), year)))
        .eTag(AwardHttp.etag(0))
        .body(new CommandResult(id, 0));
  }

  @GetMapping("/{programme}/{year}")
  ResponseEntity<EditionView> get(@PathVariable String programme, @PathVariable int year) {
    String id = reads.existingEdition(programme, year);
    EditionView view = commands.read("ReadEdition", () -> reads.edition(id, this::view));
    return ResponseEntity.ok().eTag(AwardHttp.etag(view.version())).body(view);
  }

  @PostMapping("/{programme}/{year}/stages/{stage}/open")
  ResponseEntity<CommandResult> open(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String stage,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    String id = reads.existingEdition(programme, year);
    return AwardHttp.ok(
        id,
        commands.send(
            new OpenEditionStageCommand(id, AwardHttp.expectedVersion(ifMatch), stage(stage))));
  }

  /**
   * Moves a stage's dates (an extension of the collection, for example); moving the open
   * collection's closing day moves its deadline.
   */
  @PutMapping("/{programme}/{year}/stages/{stage}/schedule")
  ResponseEntity<CommandResult> reschedule(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String stage,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Reschedule body) {
    String id = reads.existingEdition(programme, year);
    return AwardHttp.ok(
        id,
        commands.send(
            new RescheduleStageCommand(
                id,
                AwardHttp.expectedVersion(ifMatch),
                stage(stage),
                body.opensOn(),
                body.closesOn(),
                body.reason())));
  }

  @PostMapping("/{programme}/{year}/stages/{stage}/close")
  ResponseEntity<CommandResult> close(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String stage,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    String id = reads.existingEdition(programme, year);
    return AwardHttp.ok(
        id,
        commands.send(
            new CloseEditionStageCommand(id, AwardHttp.expectedVersion(ifMatch), stage(stage))));
  }

  /**
   * Declares a category's nominees, recording the category's validated ranking computed from the
   * stored claims and decisions at this moment (with the rubric's fingerprint and the engine's
   * version). The body names the regions ({@code regionCodes}) or takes the top of the ranking
   * ({@code top}: every region ranked that or better).
   */
  @PutMapping("/{programme}/{year}/categories/{category}/nominees")
  ResponseEntity<CommandResult> nominees(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String category,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody NomineeRequest body) {
    String id = reads.existingEdition(programme, year);
    Long expected = AwardHttp.expectedVersion(ifMatch);
    Integer rubric = commands.read("ReadEdition", () -> reads.edition(id, Edition::rubricEdition));
    Nomination nomination =
        nominations.nominate(id, year, rubric, category, body.regionCodes(), body.top());
    return AwardHttp.ok(
        id,
        commands.send(
            new DeclareNomineesCommand(
                id, expected, category, nomination.regionCodes(), nomination.ranking())));
  }

  /** A category's nominees with the ranking recorded when they were declared. */
  @GetMapping("/{programme}/{year}/categories/{category}/nominees")
  ResponseEntity<NomineesView> nomineesOf(
      @PathVariable String programme, @PathVariable int year, @PathVariable String category) {
    String id = reads.existingEdition(programme, year);
    NomineesView view =
        commands.read(
            "ReadEdition",
            () ->
                reads.edition(
                    id,
                    e -> {
                      if (e.categories().stream().noneMatch(c -> c.code().equals(category))) {
                        throw new AwardNotFoundException("No category " + category + " in " + id);
                      }
                      return new NomineesView(
                          category,
                          e.nominees().getOrDefault(category, List.of()),
                          e.nomineeRankings().get(category));
                    }));
    return ResponseEntity.ok(view);
  }

  /**
   * Publishes the results under their decree: winners and nominees of every category with the final
   * standings as the scoring engine computes them now. Once only; 409 afterwards.
   */
  @PostMapping("/{programme}/{year}/publication")
  ResponseEntity<CommandResult> publish(
      @PathVariable String programme,
      @PathVariable int year,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Publication body) {
    String id = reads.existingEdition(programme, year);
    Long expected = AwardHttp.expectedVersion(ifMatch);
    PublicationBasis basis =
        commands.read(
            "ReadEdition",
            () ->
                reads.edition(
                    id,
                    e ->
                        new PublicationBasis(
                            e.rubricEdition(),
                            e.categories().stream().map(EditionCategory::code).toList(),
                            e.nominees())));
    Nominations.Publication publication =
        nominations.publication(id, year, basis.rubric(), basis.categories(), basis.nominees());
    return AwardHttp.ok(
        id,
        commands.send(
            new PublishResultsCommand(
                id,
                expected,
                body.decreeNumber(),
                body.decreeDate(),
                publication.standings(),
                publication.juryMethod(),
                publication.jury())));
  }

  /** The published results exactly as published; 404 before publication. */
  @GetMapping("/{programme}/{year}/results")
  ResponseEntity<EditionResultsPublishedEvent> results(
      @PathVariable String programme, @PathVariable int year) {
    String id = reads.existingEdition(programme, year);
    EditionResultsPublishedEvent published =
        commands.read(
            "ReadEdition",
            () ->
                reads.edition(
                    id,
                    e ->
                        e.published()
                            .orElseThrow(
                                () ->
                                    new AwardNotFoundException(
                                        id + "'s results are not published yet"))));
    return ResponseEntity.ok(published);
  }

  @PutMapping("/{programme}/{year}/categories/{category}/winners")
  ResponseEntity<CommandResult> winners(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String category,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Regions body) {
    String id = reads.existingEdition(programme, year);
    return AwardHttp.ok(
        id,
        commands.send(
            new DeclareWinnersCommand(
                id, AwardHttp.expectedVersion(ifMatch), category, body.regionCodes())));
  }

  private static AwardStage stage(String slug) {
    return AwardStage.parse(slug)
        .orElseThrow(
            () ->
                new InvalidAwardInputException(
                    List.of(new FieldViolation("stage", "is not a stage: " + slug))));
  }

  static String path(String programme, int year) {
    return "/api/editions/" + programme + "/" + year;
  }

  private EditionView view(Edition e) {
    List<StageView> stages = new ArrayList<>();
    int currentAt = e.currentStage().map(s -> e.programme().stages().indexOf(s)).orElse(-1);
    for (StageSchedule s : e.schedule()) {
      int at = e.programme().stages().indexOf(s.stage());
      String status =
          at > currentAt
              ? "planned"
              : at < currentAt ? "closed" : e.currentOpen() ? "open" : "closed";
      stages.add(new StageView(s.stage().slug(), s.opensOn(), s.closesOn(), status));
    }
    Map<String, List<String>> nominees = e.nominees();
    Map<String, List<String>> winners = e.winners();
    Map<String, CategoryView> categories = new LinkedHashMap<>();
    for (EditionCategory c : e.categories()) {
      categories.put(
          c.code(),
          new CategoryView(
              c.code(),
              c.label(),
              c.nominees(),
              c.winners(),
              nominees.getOrDefault(c.code(), List.of()),
              winners.getOrDefault(c.code(), List.of())));
    }
    return new EditionView(
        e.editionId(),
        e.programme().code(),
        e.programme().name(),
        e.year(),
        e.rubricEdition(),
        e.currentStage().map(AwardStage::slug).orElse(null),
        e.currentOpen(),
        e.collectionClosesAt().orElse(null),
        stages,
        List.copyOf(categories.values()),
        e.publishedUnder().orElse(null),
        e.version());
  }
}
