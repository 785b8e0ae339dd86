package id.inovik.query.standings;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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

  StandingsController(StandingsQueries queries, StandingsRebuild rebuild) {
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

  /** Rebuilds the standings from the topics beside the live ones and compares their digests. */
  @PostMapping("/api/admin/standings/verify")
  Map<String, Object> verify() {
    return queries.compare(rebuild.rebuild(Duration.ofMinutes(5)));
  }
}
