package id.inovik.command.award.web;

import static id.inovik.platform.web.BaseProblemHandler.problem;

import id.inovik.api.award.ValidatorRole;
import id.inovik.command.award.AwardReads;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.award.bulk.BulkReport;
import id.inovik.command.award.bulk.BulkSubmissionService;
import id.inovik.command.award.bulk.BulkSubmissionService.Validator;
import id.inovik.command.innovation.FieldViolation;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Bulk submissions: a file in the scoring CLI's format (scoring/README.md#input) posted to an
 * edition, turned into the same claim and validation commands as the per-part endpoints
 * (docs/adr/0015). The file's innovation {@code id}s are registry innovation ids.
 *
 * <p>200 with the report when every item was applied or already stored; 422 {@code
 * bulk-items-refused} (a problem carrying the same report and every refused item under {@code
 * errors}) when some were refused, the rest being stored; 400 {@code invalid-input} when the file
 * cannot be read, nothing stored. Who records the file's validations comes from the query
 * parameters {@code validator} and {@code role}.
 */
@RestController
class BulkSubmissionController {

  private final BulkSubmissionService bulk;
  private final AwardReads reads;

  BulkSubmissionController(BulkSubmissionService bulk, AwardReads reads) {
    this.bulk = bulk;
    this.reads = reads;
  }

  @PostMapping("/api/editions/{year:\\d+}/submissions")
  ResponseEntity<Object> postIga(
      @PathVariable int year,
      @RequestParam(required = false) String validator,
      @RequestParam(required = false) String role,
      @RequestBody JsonNode document) {
    return post("IGA", year, validator, role, document);
  }

  @PostMapping("/api/editions/{programme}/{year}/submissions")
  ResponseEntity<Object> post(
      @PathVariable String programme,
      @PathVariable int year,
      @RequestParam(required = false) String validator,
      @RequestParam(required = false) String role,
      @RequestBody JsonNode document) {
    BulkReport report =
        bulk.load(reads.editionId(programme, year), document, validator(validator, role));
    if (report.refused().isEmpty()) {
      return ResponseEntity.ok(report);
    }
    ProblemDetail refused =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "bulk-items-refused",
            "Some items were refused",
            report.refused().size()
                + " item(s) refused; every other item was stored (see regions)");
    refused.setProperty("errors", report.refused());
    refused.setProperty("edition", report.edition());
    refused.setProperty("partsWritten", report.partsWritten());
    refused.setProperty("partsUnchanged", report.partsUnchanged());
    refused.setProperty("decisionsRecorded", report.decisionsRecorded());
    refused.setProperty("decisionsUnchanged", report.decisionsUnchanged());
    refused.setProperty("regions", report.regions());
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(refused);
  }

  /** The validator named by the request, or null when it names none. */
  static Validator validator(String name, String role) {
    if ((name == null || name.isBlank()) && (role == null || role.isBlank())) {
      return null;
    }
    List<FieldViolation> v = new java.util.ArrayList<>();
    String who = name == null ? "" : name.strip();
    if (who.length() < 2 || who.length() > 100) {
      v.add(
          new FieldViolation("validator", "is required with role: who decides (2-100 characters)"));
    }
    ValidatorRole parsed = null;
    try {
      parsed = ValidatorRole.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      v.add(new FieldViolation("role", "must be one of " + List.of(ValidatorRole.values())));
    }
    InvalidAwardInputException.rejectIfAny(v);
    return new Validator(who, parsed);
  }
}
