package id.inovik.command.award.web;

import id.inovik.api.award.ClaimInnovationCommand;
import id.inovik.api.award.ClaimSpdCommand;
import id.inovik.api.award.EditionIds;
import id.inovik.api.award.EnterProposalCommand;
import id.inovik.api.award.Evidence;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.award.ValidateClaimsCommand;
import id.inovik.api.award.ValidationDecision;
import id.inovik.api.award.ValidatorRole;
import id.inovik.command.award.AwardNotFoundException;
import id.inovik.command.award.AwardReads;
import id.inovik.command.award.submission.Submission;
import id.inovik.command.award.submission.Submission.ClaimKey;
import id.inovik.command.award.submission.Submission.ClaimState;
import id.inovik.command.award.submission.Submission.Decision;
import id.inovik.command.dispatch.CommandDispatcher;
import id.inovik.command.web.CommandResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A region's submission to an edition: {@code
 * /api/editions/{programme}/{year}/submissions/{region}}. Claims are PUT per part (the SPD, or one
 * innovation), naming only the rows they set; validators POST their decisions.
 */
@RestController
@RequestMapping("/api/editions/{programme}/{year}/submissions/{region}")
class SubmissionController {

  private final CommandDispatcher commands;
  private final AwardReads reads;

  SubmissionController(CommandDispatcher commands, AwardReads reads) {
    this.commands = commands;
    this.reads = reads;
  }

  /** One row's claim in a request. */
  record Claim(Integer option, String benefitBasis, List<Evidence> evidence) {}

  /** Claims keyed by indicator code ({@code "2a"}, {@code "33"}). */
  record Claims(LinkedHashMap<String, Claim> claims) {}

  /** A validator's decisions. */
  record Decisions(String validator, ValidatorRole role, List<ValidationDecision> decisions) {}

  /** A decision as shown. */
  record DecisionView(
      String validator, String outcome, int option, String note, Instant decidedAt) {}

  /** A claim as shown, with what validation made of it. */
  record ClaimView(
      int option,
      String benefitBasis,
      List<Evidence> evidence,
      String status,
      int validatedOption,
      DecisionView verifier,
      DecisionView qualityControl) {}

  /** The submission as it stands. */
  record SubmissionView(
      String id,
      String edition,
      String regionCode,
      Instant submittedAt,
      Map<String, ClaimView> spd,
      Map<String, Map<String, ClaimView>> innovations,
      List<String> proposals,
      long version) {}

  @PutMapping("/spd")
  ResponseEntity<CommandResult> claimSpd(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String region,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Claims body) {
    String edition = reads.editionId(programme, year);
    String id = EditionIds.submission(region, edition);
    return AwardHttp.ok(
        id,
        commands.send(
            new ClaimSpdCommand(
                id, AwardHttp.expectedVersion(ifMatch), edition, region, claims(body))));
  }

  @PutMapping("/innovations/{innovationId}")
  ResponseEntity<CommandResult> claimInnovation(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String region,
      @PathVariable String innovationId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Claims body) {
    String edition = reads.editionId(programme, year);
    String id = EditionIds.submission(region, edition);
    return AwardHttp.ok(
        id,
        commands.send(
            new ClaimInnovationCommand(
                id,
                AwardHttp.expectedVersion(ifMatch),
                edition,
                region,
                innovationId,
                claims(body))));
  }

  /**
   * Enters a registered innovation of the region as a proposal to a jury-only edition (KIPP); a
   * PUT, so sending it again changes nothing.
   */
  @PutMapping("/proposals/{innovationId}")
  ResponseEntity<CommandResult> enterProposal(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String region,
      @PathVariable String innovationId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    String edition = reads.editionId(programme, year);
    String id = EditionIds.submission(region, edition);
    return AwardHttp.ok(
        id,
        commands.send(
            new EnterProposalCommand(
                id, AwardHttp.expectedVersion(ifMatch), edition, region, innovationId)));
  }

  @PostMapping("/decisions")
  ResponseEntity<CommandResult> decide(
      @PathVariable String programme,
      @PathVariable int year,
      @PathVariable String region,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody Decisions body) {
    String id = existing(programme, year, region);
    return AwardHttp.ok(
        id,
        commands.send(
            new ValidateClaimsCommand(
                id,
                AwardHttp.expectedVersion(ifMatch),
                body.validator(),
                body.role(),
                body.decisions())));
  }

  @GetMapping
  ResponseEntity<SubmissionView> get(
      @PathVariable String programme, @PathVariable int year, @PathVariable String region) {
    String id = existing(programme, year, region);
    SubmissionView view =
        commands.read("ReadSubmission", () -> reads.submission(id, SubmissionController::view));
    return ResponseEntity.ok().eTag(AwardHttp.etag(view.version())).body(view);
  }

  private static List<IndicatorClaim> claims(Claims body) {
    List<IndicatorClaim> claims = new ArrayList<>();
    if (body.claims() != null) {
      body.claims()
          .forEach(
              (code, c) ->
                  claims.add(
                      c == null
                          ? new IndicatorClaim(code, 0, null, List.of())
                          : new IndicatorClaim(
                              code,
                              c.option() == null ? 0 : c.option(),
                              c.benefitBasis(),
                              c.evidence())));
    }
    return claims;
  }

  /** The submission's id, or 404 when the region has claimed nothing in that edition. */
  private String existing(String programme, int year, String region) {
    String id = EditionIds.submission(region, reads.editionId(programme, year));
    if (!reads.exists(id)) {
      throw new AwardNotFoundException("No submission " + id);
    }
    return id;
  }

  private static SubmissionView view(Submission s) {
    Map<String, ClaimView> spd = new LinkedHashMap<>();
    Map<String, Map<String, ClaimView>> innovations = new LinkedHashMap<>();
    for (Map.Entry<ClaimKey, ClaimState> e : s.claims().entrySet()) {
      ClaimState c = e.getValue();
      ClaimView view =
          new ClaimView(
              c.claim().option(),
              c.claim().benefitBasis(),
              c.claim().evidence(),
              c.status(),
              c.effectiveOption(),
              view(c.verifier()),
              view(c.qualityControl()));
      if (e.getKey().innovationId() == null) {
        spd.put(e.getKey().indicator(), view);
      } else {
        innovations
            .computeIfAbsent(e.getKey().innovationId(), k -> new LinkedHashMap<>())
            .put(e.getKey().indicator(), view);
      }
    }
    return new SubmissionView(
        s.submissionId(),
        s.editionId(),
        s.regionCode(),
        s.submittedAt(),
        spd,
        innovations,
        List.copyOf(s.proposals()),
        s.version());
  }

  private static DecisionView view(Decision d) {
    return d == null
        ? null
        : new DecisionView(d.validator(), d.outcome().name(), d.option(), d.note(), d.decidedAt());
  }
}
