package id.inovik.command.award.web;

import static id.inovik.platform.web.BaseProblemHandler.problem;

import id.inovik.api.award.AssignJurorCommand;
import id.inovik.api.award.DecideShortlistCommand;
import id.inovik.api.award.EditionIds;
import id.inovik.api.award.JuryConflictRefusedEvent;
import id.inovik.api.award.ProgrammeCatalog;
import id.inovik.api.award.RankedEntry;
import id.inovik.api.award.RegisterJurorCommand;
import id.inovik.api.award.ScoreFieldCommand;
import id.inovik.api.award.ScorePresentationCommand;
import id.inovik.api.award.Shortlist;
import id.inovik.api.award.ShortlistDecidedEvent;
import id.inovik.command.award.AwardNotFoundException;
import id.inovik.command.award.AwardReads;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.award.jury.Jury;
import id.inovik.command.award.jury.Jury.Assignment;
import id.inovik.command.award.jury.Jury.FieldScore;
import id.inovik.command.award.jury.Jury.PresentationScore;
import id.inovik.command.award.jury.Jury.ScoreKey;
import id.inovik.command.award.jury.JuryOutcome;
import id.inovik.command.dispatch.CommandDispatcher;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.ProposalIdentity;
import id.inovik.command.web.CommandResult;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
 * The jury of an edition: {@code /api/editions/{programme}/{year}/jury}. Jurors are registered
 * (POST, retried safely with an {@code Idempotency-Key}), assigned to entries and score them (PUT,
 * a later score replaces the earlier one); a jury-only programme decides its Top 99 and Top 45 from
 * a jury ranking. An assignment or a score refused for a conflict of interest answers 409 {@code
 * conflict-of-interest}, and the attempt is stored (it shows under {@code refusals}).
 */
@RestController
@RequestMapping("/api/editions/{programme}/{year}/jury")
class JuryController {

  private final CommandDispatcher commands;
  private final AwardReads reads;
  private final ProgrammeCatalog programmes;
  private final JsonMapper json;

  JuryController(
      CommandDispatcher commands, AwardReads reads, ProgrammeCatalog programmes, JsonMapper json) {
    this.commands = commands;
    this.reads = reads;
    this.programmes = programmes;
    this.json = json;
  }

  /** A juror to register. */
  record RegisterJuror(String id, String name, String provinceCode) {}

  /** A juror's criterion scores. */
  record PresentationScores(Map<String, Integer> scores) {}

  /** A juror's field-validation score. */
  record FieldScoreBody(Integer score) {}

  /** The ranking a shortlist is decided from. */
  record Ranking(List<RankedEntry> ranking) {}

  /** A juror as shown (the scoring engine's {@code jury.jurors}). */
  record JurorView(String id, String name, String provinceCode) {}

  /** An assignment as shown. */
  record AssignmentView(String juror, String entry, String region) {}

  /** A presentation score as shown (the scoring engine's {@code jury.presentation}). */
  record PresentationView(
      String stage,
      String juror,
      String entry,
      String region,
      Map<String, Integer> scores,
      Instant scoredAt) {}

  /** A field score as shown (the scoring engine's {@code jury.field}). */
  record FieldView(String juror, String entry, String region, int score, Instant scoredAt) {}

  /** A refused attempt as shown. */
  record RefusalView(
      String juror,
      String jurorProvinceCode,
      String entry,
      String region,
      String attempted,
      Instant refusedAt) {}

  /** A shortlist as shown. */
  record ShortlistView(List<String> selected, List<RankedEntry> ranking, Instant decidedAt) {}

  /** The jury as it stands. */
  record JuryView(
      String id,
      String edition,
      List<JurorView> jurors,
      List<AssignmentView> assignments,
      List<PresentationView> presentation,
      List<FieldView> field,
      List<RefusalView> refusals,
      Map<String, ShortlistView> shortlists,
      long version) {}

  @PostMapping("/jurors")
  ResponseEntity<?> register(
      @PathVariable String programme,
      @PathVariable int year,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody RegisterJuror body) {
    AwardHttp.checkIdempotencyKey(idempotencyKey);
    String edition = reads.existingEdition(programme, year);
    String id = EditionIds.jury(edition);
    JuryOutcome outcome =
        commands.send(
            new RegisterJurorCommand(
                id,
                AwardHttp.expectedVersion(ifMatch),
                edition,
                body.id(),
                body.name(),
                body.provinceCode(),
                idempotencyKey,
                ProposalIdentity.sha256(json.writeValueAsBytes(body))));
    if (!outcome.written()) {
      return AwardHttp.ok(id, outcome.version());
    }
    return ResponseEntity.created(
            URI.create(
                EditionController.path(programmes.find(programme).orElseThrow().code(), year)
                    + "/jury/jurors/"
                    + body.id().strip()))
        .eTag(AwardHttp.etag(outcome.version()))
        .body(new CommandResult(id, outcome.version()));
  }

  @PutMapping("/jurors/{juror}/assignments/{entry}")
  ResponseEntity<?> assign(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String juror,
      @PathVariable String entry,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    String id = existingJury(programme, year);
    return answer(
        id,
        commands.send(
            new AssignJurorCommand(id, AwardHttp.expectedVersion(ifMatch), juror, entry)));
  }

  @PutMapping("/jurors/{juror}/presentation/{entry}")
  ResponseEntity<?> scorePresentation(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String juror,
      @PathVariable String entry,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PresentationScores body) {
    String id = existingJury(programme, year);
    return answer(
        id,
        commands.send(
            new ScorePresentationCommand(
                id, AwardHttp.expectedVersion(ifMatch), juror, entry, body.scores())));
  }

  @PutMapping("/jurors/{juror}/field/{entry}")
  ResponseEntity<?> scoreField(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String juror,
      @PathVariable String entry,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody FieldScoreBody body) {
    String id = existingJury(programme, year);
    return answer(
        id,
        commands.send(
            new ScoreFieldCommand(
                id, AwardHttp.expectedVersion(ifMatch), juror, entry, body.score())));
  }

  @PutMapping("/shortlists/{shortlist}")
  ResponseEntity<?> decideShortlist(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String shortlist,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Ranking body) {
    String id = existingJury(programme, year);
    Shortlist which =
        Shortlist.parse(shortlist)
            .orElseThrow(
                () ->
                    new InvalidAwardInputException(
                        List.of(new FieldViolation("shortlist", "must be top-99 or top-45"))));
    return answer(
        id,
        commands.send(
            new DecideShortlistCommand(
                id, AwardHttp.expectedVersion(ifMatch), which, body.ranking())));
  }

  @GetMapping
  ResponseEntity<JuryView> get(@PathVariable String programme, @PathVariable int year) {
    String id = existingJury(programme, year);
    JuryView view = commands.read("ReadJury", () -> reads.jury(id, JuryController::view));
    return ResponseEntity.ok().eTag(AwardHttp.etag(view.version())).body(view);
  }

  /** 200 with the version, or 409 {@code conflict-of-interest} when the attempt was refused. */
  private static ResponseEntity<?> answer(String id, JuryOutcome outcome) {
    if (!outcome.isRefused()) {
      return AwardHttp.ok(id, outcome.version());
    }
    JuryConflictRefusedEvent r = outcome.refused();
    ProblemDetail p =
        problem(
            HttpStatus.CONFLICT,
            "conflict-of-interest",
            "Conflict of interest",
            "Juror "
                + r.jurorId()
                + " comes from province "
                + r.jurorProvinceCode()
                + " and cannot judge "
                + r.entryId()
                + " (region "
                + r.regionCode()
                + "); the attempt was recorded");
    p.setProperty("code", "conflict-of-interest");
    p.setProperty("jurorId", r.jurorId());
    p.setProperty("entryId", r.entryId());
    p.setProperty("regionCode", r.regionCode());
    p.setProperty("attempted", r.attempted().name());
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .eTag(AwardHttp.etag(outcome.version()))
        .body(p);
  }

  /** The jury's id, or 404 when no juror was registered in that edition yet. */
  private String existingJury(String programme, int year) {
    String id = EditionIds.jury(reads.existingEdition(programme, year));
    if (!reads.exists(id)) {
      throw new AwardNotFoundException("No juror is registered in " + id);
    }
    return id;
  }

  private static JuryView view(Jury j) {
    List<AssignmentView> assignments = new ArrayList<>();
    for (Map.Entry<Assignment, String> a : j.assignments().entrySet()) {
      assignments.add(new AssignmentView(a.getKey().jurorId(), a.getKey().entryId(), a.getValue()));
    }
    List<PresentationView> presentation = new ArrayList<>();
    for (Map.Entry<ScoreKey, PresentationScore> e : j.presentationScores().entrySet()) {
      PresentationScore s = e.getValue();
      presentation.add(
          new PresentationView(
              e.getKey().stage().slug(),
              e.getKey().jurorId(),
              e.getKey().entryId(),
              s.regionCode(),
              new LinkedHashMap<>(s.scores()),
              s.at()));
    }
    List<FieldView> field = new ArrayList<>();
    for (Map.Entry<Assignment, FieldScore> e : j.fieldScores().entrySet()) {
      FieldScore s = e.getValue();
      field.add(
          new FieldView(
              e.getKey().jurorId(), e.getKey().entryId(), s.regionCode(), s.score(), s.at()));
    }
    Map<String, ShortlistView> shortlists = new LinkedHashMap<>();
    for (Map.Entry<Shortlist, ShortlistDecidedEvent> e : j.shortlists().entrySet()) {
      ShortlistDecidedEvent d = e.getValue();
      shortlists.put(
          e.getKey().slug(), new ShortlistView(d.selected(), d.ranking(), d.decidedAt()));
    }
    return new JuryView(
        j.juryId(),
        j.editionId(),
        j.jurors().stream().map(x -> new JurorView(x.id(), x.name(), x.provinceCode())).toList(),
        assignments,
        presentation,
        field,
        j.refusals().stream()
            .map(
                r ->
                    new RefusalView(
                        r.jurorId(),
                        r.jurorProvinceCode(),
                        r.entryId(),
                        r.regionCode(),
                        r.attempted().name(),
                        r.refusedAt()))
            .toList(),
        shortlists,
        j.version());
  }
}
