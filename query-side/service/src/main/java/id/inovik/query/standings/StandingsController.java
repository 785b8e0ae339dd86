package id.inovik.query.standings;

import id.inovik.platform.web.FieldError;
import id.inovik.query.export.ExportFormat;
import id.inovik.query.export.TableWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.JsonNode;

/**
 * Live IID standings (docs/adr/0019): leaderboards, a region's breakdown down to its events, the
 * edition's summary and its published results. {@code /api/editions/{year}/...} is the IGA
 * programme; {@code /api/editions/{programme}/{year}/...} names the programme.
 */
@RestController
class StandingsController {

  static final String IGA = "IGA";

  private final StandingsQueries queries;
  private final StandingsRebuild rebuild;
  private final StandingsFailures failures;

  StandingsController(
      StandingsQueries queries, StandingsRebuild rebuild, StandingsFailures failures) {
    this.failures = failures;
    this.queries = queries;
    this.rebuild = rebuild;
  }

  @GetMapping({
    "/api/editions/{year:\\d{4}}/rankings",
    "/api/editions/{programme:[A-Za-z]+}/{year:\\d{4}}/rankings"
  })
  StandingsQueries.Leaderboard rankings(
      @PathVariable(required = false) String programme,
      @PathVariable int year,
      @RequestParam(required = false) String category,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String rubric)
      throws IOException {
    return queries.rankings(
        queries.params(programme == null ? IGA : programme, year, asOf, rubric),
        category,
        page,
        size);
  }

  /**
   * The whole leaderboard of a category (every category, national first, without one) as a CSV or
   * XLSX file with the scoring CLI's export columns plus the claimed IID. The parameters are all
   * checked before anything is written; the table is then streamed.
   */
  @GetMapping({
    "/api/editions/{year:\\d{4}}/rankings/export",
    "/api/editions/{programme:[A-Za-z]+}/{year:\\d{4}}/rankings/export"
  })
  ResponseEntity<StreamingResponseBody> export(
      @PathVariable(required = false) String programme,
      @PathVariable int year,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String rubric) {
    List<FieldError> errors = new ArrayList<>();
    ExportFormat type = ExportFormat.of(format, errors);
    StandingsQueries.Table table =
        queries.table(programme == null ? IGA : programme, year, asOf, rubric, category, errors);
    StreamingResponseBody body =
        out -> {
          try (TableWriter writer = type.open(out)) {
            writer.table("Peringkat", table.headers());
            for (List<Object> row : table.rows()) {
              writer.row(row);
            }
          }
        };
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, type.mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(type.fileName(table.fileName()))
                .build()
                .toString())
        .body(body);
  }

  @GetMapping({
    "/api/editions/{year:\\d{4}}/regions/{code}/score",
    "/api/editions/{programme:[A-Za-z]+}/{year:\\d{4}}/regions/{code}/score"
  })
  JsonNode score(
      @PathVariable(required = false) String programme,
      @PathVariable int year,
      @PathVariable String code,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String rubric,
      @RequestParam(required = false) Integer bootstrap,
      @RequestParam(required = false) Long seed,
      @RequestParam(required = false) Integer top)
      throws IOException {
    return queries.score(
        queries.params(programme == null ? IGA : programme, year, asOf, rubric),
        code,
        bootstrap,
        seed,
        top);
  }

  @GetMapping({
    "/api/editions/{year:\\d{4}}/summary",
    "/api/editions/{programme:[A-Za-z]+}/{year:\\d{4}}/summary"
  })
  Map<String, Object> summary(
      @PathVariable(required = false) String programme,
      @PathVariable int year,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String rubric) {
    return queries.summary(queries.params(programme == null ? IGA : programme, year, asOf, rubric));
  }

  @GetMapping({
    "/api/editions/{year:\\d{4}}/results",
    "/api/editions/{programme:[A-Za-z]+}/{year:\\d{4}}/results"
  })
  Object results(@PathVariable(required = false) String programme, @PathVariable int year) {
    return queries.published(queries.params(programme == null ? IGA : programme, year, null, null));
  }

  /**
   * Records the live standings could not apply (most recent 200) and how many are unacknowledged.
   */
  @GetMapping("/api/admin/standings/failures")
  Map<String, Object> failures() {
    return Map.of("unacknowledged", failures.unacknowledged(), "recent", failures.recent());
  }

  /** Acknowledges them: health turns UP again until another record fails (or the next start). */
  @DeleteMapping("/api/admin/standings/failures")
  Map<String, Object> acknowledge() {
    return Map.of("acknowledged", failures.acknowledge());
  }

  /** Rebuilds the standings from the topics beside the live ones and compares their digests. */
  @PostMapping("/api/admin/standings/verify")
  Map<String, Object> verify() {
    return queries.compare(rebuild.rebuild(Duration.ofMinutes(5)));
  }
}
