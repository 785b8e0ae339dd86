package id.inovik.bench;

import id.inovik.api.innovation.ProposeInnovationCommand;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.CommandApplication;
import id.inovik.dataset.DatasetGenerator;
import id.inovik.dataset.GeneratedEdition;
import id.inovik.dataset.GeneratedInnovation;
import id.inovik.dataset.GeneratedRegion;
import id.inovik.dataset.Scale;
import id.inovik.dataset.ScoringExport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads one generated award edition through the bulk submission endpoint ({@code POST
 * /api/editions/{programme}/{year}/submissions}, docs/adr/0015) against the real PostgreSQL, and
 * measures B-pg-batch (plain JDBC, 100 event-shaped rows per transaction) in the same run
 * (docs/performance.md#baselines):
 *
 * <ol>
 *   <li>generates the seeded edition (the dataset generator's EDITION scale: about 530 regions and
 *       37,000 innovations with 20 SID claims each), keeps the first {@code --regions};
 *   <li>starts the command service in process on a fresh database with an in-process KRaft broker,
 *       registers every innovation (proposals, not timed), creates an IGA edition scored with the
 *       generated rubric and opens its collection;
 *   <li><b>claims</b>: posts the scoring CLI's document of the edition (ScoringExport, with one
 *       piece of evidence per claim and the registry ids) in chunks of {@code --chunk} regions,
 *       timed until the last answer;
 *   <li><b>validations</b>: closes the collection, opens measurement, posts the same documents with
 *       {@code ?validator=...&role=VERIFIER}, timed;
 *   <li>stops the service, measures B-pg-batch for {@code --seconds}, prints the table.
 * </ol>
 *
 * <pre>java -jar deploy/benchmarks/target/inovik-edition-benchmark.jar [--regions all] [--chunk 25]
 *      [--seed 2025] [--year 2025] [--seconds 8] [--concurrency 4]</pre>
 */
public final class EditionLoadBenchmark {

  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private EditionLoadBenchmark() {}

  /** What to run. */
  public record Options(
      int regions, int chunk, long seed, int year, int seconds, int concurrency) {}

  /** One timed phase. */
  public record Phase(
      String name,
      int regions,
      long items,
      long events,
      double seconds,
      int refused,
      int written,
      int unchanged,
      long payloadBytes) {
    public double itemsPerSecond() {
      return items / seconds;
    }

    public double eventsPerSecond() {
      return events / seconds;
    }

    public double megabytesPerSecond() {
      return payloadBytes / seconds / 1e6;
    }
  }

  /** What a run measured. */
  public record Result(
      int regions, int innovations, Phase claims, Phase validations, double pgBatchRowsPerSecond) {}

  public static void main(String[] args) throws Exception {
    String regions = arg(args, "--regions", "all");
    Options options =
        new Options(
            regions.equals("all") ? Integer.MAX_VALUE : Integer.parseInt(regions),
            Integer.parseInt(arg(args, "--chunk", "25")),
            Long.parseLong(arg(args, "--seed", "2025")),
            Integer.parseInt(arg(args, "--year", "2025")),
            Integer.parseInt(arg(args, "--seconds", "8")),
            Integer.parseInt(arg(args, "--concurrency", "4")));
    Result result = run(options);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Edition load: %,d regions, %,d innovations (seed %d, rubric %d); B-pg-batch %d s%n",
        result.regions(),
        result.innovations(),
        options.seed(),
        options.year(),
        options.seconds());
    double rawMegabytes =
        result.pgBatchRowsPerSecond() * CommandAppendBenchmark.samplePayload().length / 1e6;
    System.out.println(
        "| stage | volume | seconds | items/s | events/s | payload MB/s | B-pg-batch rows/s (MB/s)"
            + " | ratio events/s | ratio items/s | ratio MB/s | target |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (Phase p : List.of(result.claims(), result.validations())) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %,d %s, %,d events, %.1f MB | %.1f | %,.0f | %,.0f | %.2f | %,.0f (%.2f) | %.1f%%"
              + " | %.1f%% | %.1f%% | >= 40%% |%n",
          p.name(),
          p.items(),
          p.name().startsWith("claims") ? "claims" : "decisions",
          p.events(),
          p.payloadBytes() / 1e6,
          p.seconds(),
          p.itemsPerSecond(),
          p.eventsPerSecond(),
          p.megabytesPerSecond(),
          result.pgBatchRowsPerSecond(),
          rawMegabytes,
          100 * p.eventsPerSecond() / result.pgBatchRowsPerSecond(),
          100 * p.itemsPerSecond() / result.pgBatchRowsPerSecond(),
          100 * p.megabytesPerSecond() / rawMegabytes);
    }
    // Axon leaves a non-daemon thread behind after the context closed
    System.exit(0);
  }

  /** Runs the benchmark; creates and drops its own databases. */
  public static Result run(Options options) throws Exception {
    long g0 = System.nanoTime();
    GeneratedEdition generated =
        new DatasetGenerator(RegionCatalog.load(), options.seed())
            .generate(Scale.EDITION, options.year());
    List<GeneratedRegion> regions =
        generated.regions().subList(0, Math.min(options.regions(), generated.regions().size()));
    GeneratedEdition edition = new GeneratedEdition(generated.edition(), regions);
    log(
        "generated %,d regions, %,d innovations in %.1f s",
        regions.size(), edition.innovationCount(), secs(g0));

    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String storeDb = "bench_edition_" + suffix;
    String rawDb = "bench_edition_raw_" + suffix;
    admin("CREATE DATABASE " + storeDb);
    admin("CREATE DATABASE " + rawDb);
    EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 6);
    try {
      kafka.afterPropertiesSet();
      Phase claims;
      Phase validations;
      try (ConfigurableApplicationContext app =
          new SpringApplication(CommandApplication.class)
              .run(
                  "--server.port=0",
                  "--spring.datasource.url=" + PG + storeDb,
                  "--spring.datasource.username=postgres",
                  "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                  "--inovik.award.bulk-concurrency=" + options.concurrency(),
                  "--logging.level.root=WARN")) {
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        Map<String, String> ids = register(app.getBean(CommandGateway.class), edition);
        String editionPath = "/api/editions/IGA/2027";
        expect(post(base, "/api/editions", editionBody(options.year())), 201);
        expect(post(base, editionPath + "/stages/penjaringan/open", ""), 200);
        List<byte[]> documents = documents(edition, ids, options.chunk());
        long claimCount = count(documents, false);
        long decisionCount = count(documents, true);

        long[] before = submissionEvents(storeDb);
        claims = phase("claims", base, editionPath + "/submissions", documents, claimCount);
        claims = withEvents(claims, before, submissionEvents(storeDb));
        log("claims: %s", claims);

        expect(post(base, editionPath + "/stages/penjaringan/close", ""), 200);
        expect(post(base, editionPath + "/stages/pengukuran/open", ""), 200);
        before = submissionEvents(storeDb);
        validations =
            phase(
                "validations",
                base,
                editionPath + "/submissions?validator=Verifikator%20Nasional&role=VERIFIER",
                documents,
                decisionCount);
        validations = withEvents(validations, before, submissionEvents(storeDb));
        log("validations: %s", validations);
      }
      CommandAppendBenchmark.createRawTable(rawDb);
      byte[] payload = CommandAppendBenchmark.samplePayload();
      double pgBatch =
          CommandAppendBenchmark.measure(
              1,
              options.seconds(),
              () -> CommandAppendBenchmark.rawInsertBatched(rawDb, payload, 100));
      log("B-pg-batch: %.0f rows/s", pgBatch);
      return new Result(regions.size(), edition.innovationCount(), claims, validations, pgBatch);
    } finally {
      kafka.destroy();
      admin("DROP DATABASE IF EXISTS " + storeDb + " WITH (FORCE)");
      admin("DROP DATABASE IF EXISTS " + rawDb + " WITH (FORCE)");
    }
  }

  private static Phase withEvents(Phase p, long[] before, long[] after) {
    return new Phase(
        p.name(),
        p.regions(),
        p.items(),
        after[0] - before[0],
        p.seconds(),
        p.refused(),
        p.written(),
        p.unchanged(),
        after[1] - before[1]);
  }

  /** Posts every document in turn; items are the claims (or decisions) the documents hold. */
  private static Phase phase(
      String name, String base, String path, List<byte[]> documents, long items) throws Exception {
    int refused = 0;
    int written = 0;
    int unchanged = 0;
    int regions = 0;
    long t0 = System.nanoTime();
    for (byte[] document : documents) {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(document))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200 && answer.statusCode() != 422) {
        throw new IllegalStateException(
            name + " answered " + answer.statusCode() + ": " + answer.body());
      }
      JsonNode report = JSON.readTree(answer.body());
      refused += report.path("errors").size();
      if (answer.statusCode() == 422 && refused <= report.path("errors").size()) {
        log("first refusals: %s", abbreviate(report.path("errors").toString()));
      }
      regions += report.get("regions").size();
      written +=
          name.equals("claims")
              ? report.get("partsWritten").asInt()
              : report.get("decisionsRecorded").asInt();
      unchanged +=
          name.equals("claims")
              ? report.get("partsUnchanged").asInt()
              : report.get("decisionsUnchanged").asInt();
    }
    return new Phase(name, regions, items, 0, secs(t0), refused, written, unchanged, 0);
  }

  /**
   * Proposes every innovation through the command gateway (4 threads, not timed); answers the
   * registry id of each generated innovation.
   */
  private static Map<String, String> register(CommandGateway gateway, GeneratedEdition edition)
      throws Exception {
    long t0 = System.nanoTime();
    List<GeneratedInnovation> all = new ArrayList<>();
    edition.regions().forEach(r -> all.addAll(r.innovations()));
    Map<String, String> ids = new HashMap<>();
    for (GeneratedInnovation innovation : all) {
      ids.put(
          innovation.key(),
          UUID.nameUUIDFromBytes(innovation.key().getBytes(StandardCharsets.UTF_8)).toString());
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<?>> sent = new ArrayList<>();
      for (GeneratedInnovation innovation : all) {
        sent.add(
            pool.submit(
                () ->
                    gateway.sendAndWait(
                        new ProposeInnovationCommand(
                            ids.get(innovation.key()),
                            innovation.profile(),
                            innovation.key(),
                            "bench"))));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    }
    log("registered %,d innovations in %.1f s", all.size(), secs(t0));
    return ids;
  }

  /**
   * The scoring CLI's documents of the edition, {@code chunk} regions each, with the registry ids
   * and one piece of evidence on every claim (the generated data dukung reference as a URL).
   */
  static List<byte[]> documents(GeneratedEdition edition, Map<String, String> ids, int chunk) {
    List<byte[]> documents = new ArrayList<>();
    List<GeneratedRegion> regions = edition.regions();
    for (int from = 0; from < regions.size(); from += chunk) {
      GeneratedEdition part =
          new GeneratedEdition(
              edition.edition(), regions.subList(from, Math.min(regions.size(), from + chunk)));
      ObjectNode doc = ScoringExport.document(part, JSON);
      for (JsonNode region : doc.get("regions")) {
        String code = region.get("code").asString();
        evidence(region.get("spd"), "https://data-dukung.example.go.id/" + code + "/spd/");
        for (JsonNode innovation : region.get("innovations")) {
          String key = innovation.get("id").asString();
          ((ObjectNode) innovation).put("id", ids.get(key));
          evidence(
              innovation.get("indicators"),
              "https://data-dukung.example.go.id/" + code + "/" + ids.get(key) + "/");
        }
      }
      documents.add(JSON.writeValueAsBytes(doc));
    }
    return documents;
  }

  private static void evidence(JsonNode claims, String folder) {
    for (var entry : claims.properties()) {
      ArrayNode evidence = ((ObjectNode) entry.getValue()).putArray("evidence");
      evidence
          .addObject()
          .put("kind", "UMUM")
          .put("title", "Data dukung indikator " + entry.getKey())
          .put("url", folder + "indikator-" + entry.getKey() + ".pdf");
    }
  }

  /** Claims (or validations that are not pending) in the documents. */
  private static long count(List<byte[]> documents, boolean validations) {
    long n = 0;
    for (byte[] document : documents) {
      for (JsonNode region : JSON.readTree(document).get("regions")) {
        n += count(region.get("spd"), validations);
        for (JsonNode innovation : region.get("innovations")) {
          n += count(innovation.get("indicators"), validations);
        }
      }
    }
    return n;
  }

  private static long count(JsonNode claims, boolean validations) {
    long n = 0;
    for (var entry : claims.properties()) {
      JsonNode status = entry.getValue().path("validation").path("status");
      if (!validations || (!status.isMissingNode() && !status.asString().equals("PENDING"))) {
        n++;
      }
    }
    return n;
  }

  private static String editionBody(int rubric) {
    return """
        {"programme":"IGA","year":2027,"rubricEdition":%d,
         "schedule":{"penjaringan":{"opensOn":"2027-06-20","closesOn":"2027-08-23"},
                     "pengukuran":{"opensOn":"2027-08-24","closesOn":"2027-10-18"},
                     "presentasi":{"opensOn":"2027-11-04","closesOn":"2027-11-06"},
                     "validasi-lapangan":{"opensOn":"2027-11-10","closesOn":"2027-11-25"},
                     "pleno":{"opensOn":"2027-12-01","closesOn":"2027-12-01"}}}
        """
        .formatted(rubric);
  }

  private static HttpResponse<String> post(String base, String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void expect(HttpResponse<String> answer, int status) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(
          answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  /** Events of the edition's submissions (ids {@code region@IGA-2027}) and their payload bytes. */
  private static long[] submissionEvents(String db) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG + db, "postgres", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select count(*), coalesce(sum(octet_length(payload)), 0) from"
                        + " domainevententry where aggregateidentifier like '%@IGA-2027'")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
      c.createStatement().execute(sql);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 600 ? s.substring(0, 600) + "..." : s;
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "[edition-bench] " + format + "%n", args);
  }
}
