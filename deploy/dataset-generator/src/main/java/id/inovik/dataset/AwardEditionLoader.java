package id.inovik.dataset;

import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.JuryRubric;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs award editions through the command REST API as the ministry's staff, the regions, validators
 * and jurors would: an IGA edition from creation through claims, validation, nominees and the jury
 * to published results (or to a chosen stage), and a KIPP edition from proposals to its Top 45. The
 * innovations must be in the registry already ({@link CommandApiLoader}; their ids by generated
 * key).
 *
 * <p>Running it again continues from the stage the edition is in: stages already passed are
 * skipped, and what it sends in the current stage is either answered as already stored (claims and
 * validations equal to the stored ones, the same juror, assignment or score) or checked for first
 * (nominees, refused conflicts, quality control, winners, publication).
 */
public final class AwardEditionLoader {

  /** What a run reached. */
  public record Result(
      String edition,
      String stage,
      Map<String, List<String>> nominees,
      int refusedConflicts,
      int qualityControlReviews,
      String publishedUnder) {}

  /** What a KIPP run reached. */
  public record KippResult(String edition, int proposals, List<String> top99, List<String> top45) {}

  private static final List<String> IGA_STAGES =
      List.of("penjaringan", "pengukuran", "presentasi", "validasi-lapangan", "pleno");
  private static final List<String> KIPP_STAGES =
      List.of("penjaringan", "evaluasi-proposal", "presentasi", "pleno");

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private final AwardPlan plan;
  private final int concurrency;
  private final PrintStream progress;
  private final LocalDate today;
  private final long started = System.nanoTime();

  /**
   * @param today the day the schedule is planned around (the collection is open on it)
   */
  public AwardEditionLoader(
      URI base, long seed, int concurrency, LocalDate today, PrintStream progress) {
    this.base = base;
    this.plan = new AwardPlan(seed);
    this.concurrency = Math.max(1, concurrency);
    this.today = today;
    this.progress = progress;
  }

  /** Runs the IGA edition of {@code generated} until {@code until}. */
  public Result runIga(GeneratedEdition generated, Map<String, String> ids, AwardPlan.Until until)
      throws IOException, InterruptedException {
    int year = generated.edition();
    Edition rubric = DatasetGenerator.rubric(year);
    String path = "/api/editions/IGA/" + year;
    JsonNode edition = ensureEdition("IGA", year, rubric.year(), AwardPlan.categories(rubric));
    List<GeneratedRegion> regions = generated.regions();

    if (stageIndex(edition, IGA_STAGES) < 0) {
      expect(send("POST", path + "/stages/penjaringan/open", null), 200, 409);
      edition = get(path);
    }
    if (isCurrent(edition, "penjaringan")) {
      claims(path, regions, ids);
      log(
          String.format(
              java.util.Locale.ROOT, "IGA-%d: claims of %d regions stored", year, regions.size()));
    }
    if (until == AwardPlan.Until.PENJARINGAN) {
      return result(path, 0, 0);
    }
    if (stageIndex(edition, IGA_STAGES) < IGA_STAGES.indexOf("pengukuran")) {
      expect(send("POST", path + "/stages/pengukuran/open", null), 200);
      edition = get(path);
    }
    int reviews = 0;
    if (isCurrent(edition, "pengukuran")) {
      verify(path, regions, ids);
      reviews = qualityControl(path, regions, ids);
      log(
          String.format(
              java.util.Locale.ROOT,
              "IGA-%d: verifier's decisions stored, quality control reviewed %d",
              year,
              reviews));
      for (JsonNode category : edition.get("categories")) {
        String code = category.get("code").asString();
        if (category.get("nominees").isEmpty()) {
          Answer a =
              send(
                  "PUT",
                  path + "/categories/" + code + "/nominees",
                  json.createObjectNode().put("top", AwardPlan.NOMINEES_PER_CATEGORY));
          // 400: nobody stands in the category's ranking (no region of that kind submitted)
          expect(a, 200, 400);
        }
      }
      edition = get(path);
    }
    if (until == AwardPlan.Until.PENGUKURAN) {
      return result(path, 0, reviews);
    }
    Map<String, List<String>> nominees = nominees(edition);
    Map<String, String> entries = new LinkedHashMap<>();
    nominees.values().forEach(list -> list.forEach(r -> entries.put(r, r)));
    List<AwardPlan.Assignment> assignments = plan.assignments(AwardPlan.IGA_JURORS, entries);
    JuryRubric juryRubric = rubric.juryRubric();
    List<AwardPlan.Scores> presentation =
        plan.criterionScores("presentasi", juryRubric, assignments);
    if (stageIndex(edition, IGA_STAGES) < IGA_STAGES.indexOf("presentasi")) {
      expect(send("POST", path + "/stages/presentasi/open", null), 200);
      edition = get(path);
    }
    int refused = 0;
    if (isCurrent(edition, "presentasi")) {
      refused = jury(path, AwardPlan.IGA_JURORS, assignments);
      for (AwardPlan.Scores s : presentation) {
        expect(score(path, "presentation", s.juror(), s.entry(), scoresBody(s)), 200);
      }
      log(
          String.format(
              java.util.Locale.ROOT, "IGA-%d: %d presentation scores", year, presentation.size()));
    }
    if (until == AwardPlan.Until.PRESENTASI) {
      return result(path, refused, reviews);
    }
    List<AwardPlan.FieldScore> field = plan.fieldScores(assignments);
    if (stageIndex(edition, IGA_STAGES) < IGA_STAGES.indexOf("validasi-lapangan")) {
      expect(send("POST", path + "/stages/validasi-lapangan/open", null), 200);
      edition = get(path);
    }
    if (isCurrent(edition, "validasi-lapangan")) {
      for (AwardPlan.FieldScore f : field) {
        expect(
            score(
                path,
                "field",
                f.juror(),
                f.entry(),
                json.createObjectNode().put("score", f.score())),
            200);
      }
    }
    if (stageIndex(edition, IGA_STAGES) < IGA_STAGES.indexOf("pleno")) {
      expect(send("POST", path + "/stages/pleno/open", null), 200);
      edition = get(path);
    }
    if (edition.get("publishedUnder").isNull()) {
      List<Map.Entry<String, Double>> ranked = AwardPlan.rank(juryRubric, presentation, field);
      for (JsonNode category : edition.get("categories")) {
        List<String> nominated = nominees.getOrDefault(category.get("code").asString(), List.of());
        if (nominated.isEmpty() || !category.get("winners").isEmpty()) {
          continue;
        }
        ArrayNode winners = json.createArrayNode();
        ranked.stream()
            .map(Map.Entry::getKey)
            .filter(nominated::contains)
            .limit(Math.min(AwardPlan.WINNERS_PER_CATEGORY, category.get("winnerCount").asInt()))
            .forEach(winners::add);
        ObjectNode body = json.createObjectNode();
        body.set("regionCodes", winners);
        expect(
            send("PUT", path + "/categories/" + category.get("code").asString() + "/winners", body),
            200);
      }
      ObjectNode decree = json.createObjectNode();
      decree.put("decreeNumber", AwardPlan.decreeNumber(year));
      decree.put("decreeDate", AwardPlan.igaSchedule(today).get("pleno").closesOn().toString());
      expect(send("POST", path + "/publication", decree), 200);
      log(
          String.format(
              java.util.Locale.ROOT,
              "IGA-%d: results published under %s",
              year,
              AwardPlan.decreeNumber(year)));
    }
    return result(path, refused, reviews);
  }

  /** Runs a KIPP edition of {@code year} from proposals of {@code regions} to its Top 45. */
  public KippResult runKipp(int year, List<GeneratedRegion> regions, Map<String, String> ids)
      throws IOException, InterruptedException {
    String path = "/api/editions/KIPP/" + year;
    JsonNode edition =
        ensureEdition(
            "KIPP",
            year,
            null,
            List.of(new AwardPlan.Category("top-45", "Top 45 Inovasi Pelayanan Publik", 45, 45)));
    List<GeneratedInnovation> proposals = new ArrayList<>();
    for (GeneratedInnovation i : AwardPlan.kippProposals(regions)) {
      if (ids.containsKey(i.key())) {
        proposals.add(i);
      }
    }
    if (stageIndex(edition, KIPP_STAGES) < 0) {
      expect(send("POST", path + "/stages/penjaringan/open", null), 200, 409);
      edition = get(path);
    }
    if (isCurrent(edition, "penjaringan")) {
      Map<String, List<GeneratedInnovation>> byRegion = new LinkedHashMap<>();
      proposals.forEach(
          p -> byRegion.computeIfAbsent(p.profile().regionCode(), k -> new ArrayList<>()).add(p));
      parallel(
          byRegion.entrySet().stream()
              .map(
                  e ->
                      (Callable<Void>)
                          () -> {
                            for (GeneratedInnovation p : e.getValue()) {
                              expect(
                                  send(
                                      "PUT",
                                      path
                                          + "/submissions/"
                                          + e.getKey()
                                          + "/proposals/"
                                          + ids.get(p.key()),
                                      null),
                                  200);
                            }
                            return null;
                          })
              .toList());
      log(
          String.format(
              java.util.Locale.ROOT, "KIPP-%d: %d proposals entered", year, proposals.size()));
    }
    Map<String, String> entries = new LinkedHashMap<>();
    proposals.forEach(p -> entries.put(ids.get(p.key()), p.profile().regionCode()));
    List<AwardPlan.Assignment> assignments =
        plan.assignments(AwardPlan.KIPP_JURORS, entries, AwardPlan.KIPP_JURORS_PER_ENTRY).stream()
            .filter(a -> !a.conflict())
            .toList();
    JuryRubric rubric = AwardPlan.kippRubric();
    List<AwardPlan.Scores> evaluation =
        plan.criterionScores("evaluasi-proposal", rubric, assignments);
    List<Map.Entry<String, Double>> first = AwardPlan.rank(rubric, evaluation, List.of());
    if (stageIndex(edition, KIPP_STAGES) < KIPP_STAGES.indexOf("evaluasi-proposal")) {
      expect(send("POST", path + "/stages/evaluasi-proposal/open", null), 200);
      edition = get(path);
    }
    if (isCurrent(edition, "evaluasi-proposal")) {
      jury(path, AwardPlan.KIPP_JURORS, assignments);
      for (AwardPlan.Scores s : evaluation) {
        expect(score(path, "presentation", s.juror(), s.entry(), scoresBody(s)), 200);
      }
      expect(send("PUT", path + "/jury/shortlists/top-99", ranking(first)), 200);
      log(
          String.format(
              java.util.Locale.ROOT,
              "KIPP-%d: %d proposal evaluations, Top 99 decided",
              year,
              evaluation.size()));
    }
    Set<String> top99 = new HashSet<>();
    first.stream().limit(99).forEach(e -> top99.add(e.getKey()));
    List<AwardPlan.Scores> presentation =
        plan.criterionScores(
            "presentasi",
            rubric,
            assignments.stream().filter(a -> top99.contains(a.entry())).toList());
    if (stageIndex(edition, KIPP_STAGES) < KIPP_STAGES.indexOf("presentasi")) {
      expect(send("POST", path + "/stages/presentasi/open", null), 200);
      edition = get(path);
    }
    if (isCurrent(edition, "presentasi")) {
      for (AwardPlan.Scores s : presentation) {
        expect(score(path, "presentation", s.juror(), s.entry(), scoresBody(s)), 200);
      }
    }
    if (stageIndex(edition, KIPP_STAGES) < KIPP_STAGES.indexOf("pleno")) {
      expect(send("POST", path + "/stages/pleno/open", null), 200);
      edition = get(path);
    }
    expect(
        send(
            "PUT",
            path + "/jury/shortlists/top-45",
            ranking(AwardPlan.rank(rubric, presentation, List.of()))),
        200);
    JsonNode shortlists = get(path + "/jury").get("shortlists");
    log(String.format(java.util.Locale.ROOT, "KIPP-%d: Top 45 decided", year));
    return new KippResult(
        "KIPP-" + year,
        proposals.size(),
        strings(shortlists.get("top-99").get("selected")),
        strings(shortlists.get("top-45").get("selected")));
  }

  private JsonNode ensureEdition(
      String programme, int year, Integer rubric, List<AwardPlan.Category> categories)
      throws IOException, InterruptedException {
    String path = "/api/editions/" + programme + "/" + year;
    Answer existing = send("GET", path, null);
    if (existing.status() == 200) {
      return existing.json();
    }
    ObjectNode body = json.createObjectNode();
    body.put("programme", programme);
    body.put("year", year);
    if (rubric != null) {
      body.put("rubricEdition", rubric);
    }
    ArrayNode cs = body.putArray("categories");
    for (AwardPlan.Category c : categories) {
      cs.addObject()
          .put("code", c.code())
          .put("label", c.label())
          .put("nominees", c.nominees())
          .put("winners", c.winners());
    }
    ObjectNode schedule = body.putObject("schedule");
    Map<String, AwardPlan.Dates> dates =
        programme.equals("IGA") ? AwardPlan.igaSchedule(today) : AwardPlan.kippSchedule(today);
    dates.forEach(
        (stage, d) ->
            schedule
                .putObject(stage)
                .put("opensOn", d.opensOn().toString())
                .put("closesOn", d.closesOn().toString()));
    // 409: created meanwhile (e.g. by a run started at the same time)
    expect(send("POST", "/api/editions", body), 201, 409);
    log(String.format(java.util.Locale.ROOT, "%s-%d created", programme, year));
    return get(path);
  }

  /** Registers the jurors and sends the assignments; answers how many conflicts were refused. */
  private int jury(String path, List<AwardPlan.Juror> jurors, List<AwardPlan.Assignment> planned)
      throws IOException, InterruptedException {
    for (AwardPlan.Juror j : jurors) {
      ObjectNode body = json.createObjectNode();
      body.put("id", j.id());
      body.put("name", j.name());
      body.put("provinceCode", j.provinceCode());
      expect(send("POST", path + "/jury/jurors", body), 201, 200);
    }
    Set<String> refusedBefore = new HashSet<>();
    for (JsonNode r : get(path + "/jury").get("refusals")) {
      refusedBefore.add(r.get("juror").asString() + "/" + r.get("entry").asString());
    }
    int refused = refusedBefore.size();
    for (AwardPlan.Assignment a : planned) {
      if (a.conflict() && refusedBefore.contains(a.juror() + "/" + a.entry())) {
        continue;
      }
      Answer answer =
          send("PUT", path + "/jury/jurors/" + a.juror() + "/assignments/" + a.entry(), null);
      if (a.conflict()) {
        expect(answer, 409);
        refused++;
      } else {
        expect(answer, 200);
      }
    }
    return refused;
  }

  private Answer score(String path, String kind, String juror, String entry, ObjectNode body)
      throws IOException, InterruptedException {
    return send("PUT", path + "/jury/jurors/" + juror + "/" + kind + "/" + entry, body);
  }

  private ObjectNode scoresBody(AwardPlan.Scores s) {
    ObjectNode body = json.createObjectNode();
    ObjectNode scores = body.putObject("scores");
    s.scores().forEach(scores::put);
    return body;
  }

  private ObjectNode ranking(List<Map.Entry<String, Double>> ranked) {
    ObjectNode body = json.createObjectNode();
    ArrayNode lines = body.putArray("ranking");
    for (int i = 0; i < ranked.size(); i++) {
      lines
          .addObject()
          .put("entryId", ranked.get(i).getKey())
          .put("rank", i + 1)
          .put("score", ranked.get(i).getValue());
    }
    return body;
  }

  /** Quality control's sample, one request per region with a review not yet stored. */
  private int qualityControl(String path, List<GeneratedRegion> regions, Map<String, String> ids)
      throws IOException, InterruptedException {
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (GeneratedRegion region : regions) {
      tasks.add(
          () -> {
            List<AwardPlan.Review> reviews = plan.qualityControl(region);
            String at = path + "/submissions/" + region.region().code();
            if (reviews.isEmpty() || decided(get(at), "qualityControl")) {
              return reviews.size();
            }
            ObjectNode body = json.createObjectNode();
            body.put("validator", "Tim Penjaminan Mutu Universitas");
            body.put("role", "QUALITY_CONTROL");
            ArrayNode decisions = body.putArray("decisions");
            for (AwardPlan.Review r : reviews) {
              ObjectNode d = decisions.addObject();
              if (r.innovationKey() != null) {
                d.put("innovationId", ids.get(r.innovationKey()));
              }
              d.put("indicator", r.indicator());
              d.put("outcome", r.outcome());
              if (r.option() != null) {
                d.put("option", r.option());
              }
              if (r.note() != null) {
                d.put("note", r.note());
              }
            }
            expect(send("POST", at + "/decisions", body), 200);
            return reviews.size();
          });
    }
    return parallel(tasks).stream().mapToInt(Integer::intValue).sum();
  }

  /** Whether any claim of the submission carries a decision of {@code role}. */
  private static boolean decided(JsonNode submission, String role) {
    List<JsonNode> claims = new ArrayList<>();
    submission.get("spd").forEach(claims::add);
    submission.get("innovations").forEach(innovation -> innovation.forEach(claims::add));
    return claims.stream().anyMatch(c -> c.get(role) != null && !c.get(role).isNull());
  }

  /**
   * Every region's claims through the per-part endpoints, regions in parallel: the SPD in one
   * request, each competing innovation's SID rows in another. A claim equal to the stored one is
   * not written again, so sending them twice is safe.
   */
  private void claims(String path, List<GeneratedRegion> regions, Map<String, String> ids)
      throws IOException, InterruptedException {
    List<Callable<Void>> tasks = new ArrayList<>();
    for (GeneratedRegion region : regions) {
      tasks.add(
          () -> {
            String at = path + "/submissions/" + region.region().code();
            expect(send("PUT", at + "/spd", claimsBody(region.spd())), 200);
            for (GeneratedInnovation innovation : competing(region, ids)) {
              expect(
                  send(
                      "PUT",
                      at + "/innovations/" + ids.get(innovation.key()),
                      claimsBody(innovation.claims())),
                  200);
            }
            return null;
          });
    }
    parallel(tasks);
  }

  /**
   * The verifier's decision on every claimed row, one request per region, regions in parallel; a
   * region whose claims already carry a verifier's decision is left as it is.
   */
  private void verify(String path, List<GeneratedRegion> regions, Map<String, String> ids)
      throws IOException, InterruptedException {
    List<Callable<Void>> tasks = new ArrayList<>();
    for (GeneratedRegion region : regions) {
      tasks.add(
          () -> {
            String at = path + "/submissions/" + region.region().code();
            if (decided(get(at), "verifier")) {
              return null;
            }
            ObjectNode body = json.createObjectNode();
            body.put("validator", "Verifikator Kemendagri");
            body.put("role", "VERIFIER");
            ArrayNode decisions = body.putArray("decisions");
            addDecisions(decisions, null, region.spd());
            for (GeneratedInnovation innovation : competing(region, ids)) {
              addDecisions(decisions, ids.get(innovation.key()), innovation.claims());
            }
            expect(send("POST", at + "/decisions", body), 200);
            return null;
          });
    }
    parallel(tasks);
  }

  private static List<GeneratedInnovation> competing(
      GeneratedRegion region, Map<String, String> ids) {
    return region.innovations().stream()
        .filter(i -> ScoringExport.competes(i) && ids.containsKey(i.key()))
        .toList();
  }

  private ObjectNode claimsBody(List<GeneratedClaim> claims) {
    ObjectNode body = json.createObjectNode();
    ObjectNode rows = body.putObject("claims");
    for (GeneratedClaim claim : claims) {
      if (claim.option() == 0) {
        continue;
      }
      ObjectNode row = rows.putObject(claim.code());
      row.put("option", claim.option());
      if (claim.code().equals("33")) {
        row.put("benefitBasis", "a");
      }
      boolean link = claim.evidence().startsWith("http");
      ObjectNode piece = row.putArray("evidence").addObject();
      piece.put("kind", link && claim.evidence().contains("youtube.com/") ? "VIDEO" : "UMUM");
      piece.put("title", "Data dukung indikator " + claim.code());
      piece.put("url", link ? claim.evidence() : IidExportFile.EVIDENCE_BASE + claim.evidence());
    }
    return body;
  }

  private static void addDecisions(
      ArrayNode decisions, String innovationId, List<GeneratedClaim> claims) {
    for (GeneratedClaim claim : claims) {
      if (claim.option() == 0) {
        continue;
      }
      ObjectNode d = decisions.addObject();
      if (innovationId != null) {
        d.put("innovationId", innovationId);
      }
      d.put("indicator", claim.code());
      d.put("outcome", claim.status().name());
      if (claim.status() == id.inovik.scoring.iid.ValidationStatus.DOWNGRADED) {
        d.put("option", claim.validatedOption());
      }
      if (!claim.note().isEmpty()) {
        d.put("note", claim.note());
      }
    }
  }

  private Result result(String path, int refused, int reviews)
      throws IOException, InterruptedException {
    JsonNode edition = get(path);
    return new Result(
        edition.get("id").asString(),
        edition.get("stage").asString(),
        nominees(edition),
        refused,
        reviews,
        edition.get("publishedUnder").isNull() ? null : edition.get("publishedUnder").asString());
  }

  private static Map<String, List<String>> nominees(JsonNode edition) {
    Map<String, List<String>> nominees = new LinkedHashMap<>();
    for (JsonNode c : edition.get("categories")) {
      if (!c.get("nominees").isEmpty()) {
        nominees.put(c.get("code").asString(), strings(c.get("nominees")));
      }
    }
    return nominees;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  /** Index of the edition's current stage in {@code stages}; -1 before the first opened. */
  private static int stageIndex(JsonNode edition, List<String> stages) {
    JsonNode stage = edition.get("stage");
    return stage == null || stage.isNull() ? -1 : stages.indexOf(stage.asString());
  }

  private static boolean isCurrent(JsonNode edition, String stage) {
    JsonNode current = edition.get("stage");
    return current != null
        && !current.isNull()
        && current.asString().equals(stage)
        && edition.get("stageOpen").asBoolean();
  }

  private <T> List<T> parallel(List<Callable<T>> tasks) throws IOException, InterruptedException {
    List<T> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
      List<Future<T>> futures = pool.invokeAll(tasks);
      for (Future<T> f : futures) {
        try {
          results.add(f.get());
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof IOException io) {
            throw io;
          }
          throw new IOException(e.getCause());
        }
      }
    }
    return results;
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    Answer answer = send("GET", path, null);
    expect(answer, 200);
    return answer.json();
  }

  /** An answer of the command service. */
  record Answer(String method, String path, int status, String body, JsonMapper mapper) {
    JsonNode json() {
      return mapper.readTree(body);
    }
  }

  private static void expect(Answer answer, int... statuses) throws IOException {
    for (int s : statuses) {
      if (answer.status() == s) {
        return;
      }
    }
    throw new CommandApiLoader.RefusedException(
        answer.method()
            + " "
            + answer.path()
            + " answered "
            + answer.status()
            + ": "
            + answer.body());
  }

  private Answer send(String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path.substring(1)))
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        HttpResponse<String> answer =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 503) {
          return new Answer(method, path, answer.statusCode(), answer.body(), json);
        }
      } catch (IOException e) {
        last = e;
      }
      Thread.sleep(500L << attempt);
    }
    throw last != null ? last : new IOException("the command service kept answering 503");
  }

  /** One line of progress with the seconds since the loader was made. */
  private void log(String message) {
    progress.printf("%s (%.1f s)%n", message, (System.nanoTime() - started) / 1e9);
  }
}
