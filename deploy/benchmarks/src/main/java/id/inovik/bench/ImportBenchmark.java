package id.inovik.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import id.inovik.api.region.RegionCatalog;
import id.inovik.dataset.DatasetGenerator;
import id.inovik.dataset.GeneratedInnovation;
import id.inovik.dataset.IidExportFile;
import id.inovik.dataset.Scale;
import id.inovik.infra.junit.SharedElasticsearch;
import id.inovik.infra.process.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Import throughput end to end against raw baselines measured in the same run
 * (docs/performance.md#baselines):
 *
 * <ol>
 *   <li>generates a seeded IID export of {@code --rows} rows (the dataset generator's
 *       --export-file),
 *   <li>starts a real stack: PostgreSQL database (fresh), an in-process KRaft Kafka broker, the
 *       real Elasticsearch with the analysis plugin, and both services from their executable jars
 *       as separate processes,
 *   <li>POSTs the file to {@code /api/imports} and measures until the import's report (bulk import)
 *       and until every created innovation is searchable through {@code /api/innovations/search}
 *       (end to end),
 *   <li>stops the services and measures B-pg-tx (1/2/4 connections, best), B-pg-batch (100 rows per
 *       transaction) and B-es-bulk (BulkIngester of the very documents the projection wrote, into
 *       an index with the same settings and mapping),
 *   <li>prints a table with the ratios against the targets.
 * </ol>
 *
 * <pre>java -jar deploy/benchmarks/target/inovik-import-benchmark.jar [--rows 40000] [--seed 2025]
 *      [--seconds 8] [--format csv|xlsx]</pre>
 */
public final class ImportBenchmark {

  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(arg(args, "--rows", "40000"));
    long seed = Long.parseLong(arg(args, "--seed", "2025"));
    int seconds = Integer.parseInt(arg(args, "--seconds", "8"));
    String format = arg(args, "--format", "csv").toLowerCase(Locale.ROOT);
    Path commandJar =
        Path.of(
            arg(
                args,
                "--command-jar",
                "command-side/service/target/inovik-command-service-exec.jar"));
    Path queryJar =
        Path.of(arg(args, "--query-jar", "query-side/service/target/inovik-query-service.jar"));
    Path work = Files.createTempDirectory("inovik-import-bench");
    Path logs = work.resolve("logs");

    Path file = work.resolve("iid-export." + format);
    long g0 = System.nanoTime();
    int written = generate(rows, seed, file);
    log("generated %,d rows (%,d bytes) in %.1f s: %s", written, Files.size(file), secs(g0), file);

    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String storeDb = "bench_import_" + suffix;
    String rawDb = "bench_import_raw_" + suffix;
    admin("CREATE DATABASE " + storeDb);
    admin("CREATE DATABASE " + rawDb);
    URI elasticsearch = SharedElasticsearch.baseUrl();
    EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 6);
    List<String[]> table = new ArrayList<>();
    List<String[]> exports = new ArrayList<>();
    try {
      kafka.afterPropertiesSet();
      // The index starts empty: a fresh alias name per run.
      String alias = "bench-innovations-" + suffix;
      ImportRun run;
      try (ServiceProcess command =
              ServiceProcess.start(
                  "command-service",
                  commandJar,
                  0,
                  logs,
                  "768m",
                  List.of(
                      "--spring.datasource.url=" + PG + storeDb,
                      "--spring.datasource.username=postgres",
                      "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                      "--inovik.data-dir=" + work.resolve("data"),
                      "--logging.level.root=WARN"));
          ServiceProcess query =
              ServiceProcess.start(
                  "query-service",
                  queryJar,
                  0,
                  logs,
                  "512m",
                  List.of(
                      "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                      "--inovik.elasticsearch.url=" + elasticsearch,
                      "--inovik.elasticsearch.index-alias=" + alias,
                      "--inovik.projection.group-id=bench-" + suffix,
                      "--inovik.command-service.url=" + command.baseUrl(),
                      "--logging.level.root=WARN"))) {
        command.awaitHealthy(Duration.ofMinutes(3));
        query.awaitHealthy(Duration.ofMinutes(3));
        log("services up (logs in %s)", logs);
        run = importEndToEnd(command.baseUrl(), query.baseUrl(), file, format);
        for (String exportFormat : List.of("csv", "xlsx")) {
          ExportRun export = export(query.baseUrl(), exportFormat);
          if (export.rows != run.created) {
            throw new IllegalStateException(
                "the "
                    + exportFormat
                    + " export held "
                    + export.rows
                    + " rows, not "
                    + run.created);
          }
          exports.add(
              new String[] {
                "export: GET /api/innovations/export?format="
                    + exportFormat
                    + " (query service -Xmx512m)",
                fmt(export.rows) + " rows, " + humanBytes(export.bytes),
                String.format(Locale.ROOT, "%.1f", export.seconds),
                String.format(Locale.ROOT, "%.0f rows/s", export.rows / export.seconds),
                "-",
                "-",
                "-"
              });
        }
      }
      long events = count(storeDb, "select count(*) from domainevententry");
      log("event store holds %,d events", events);

      double bulkRowsPerSec = run.created / run.importSeconds;
      double bulkEventsPerSec = events / run.importSeconds;
      double e2eRowsPerSec = run.created / run.searchableSeconds;

      CommandAppendBenchmark.createRawTable(rawDb);
      byte[] payload = CommandAppendBenchmark.samplePayload();
      double pgTxBest = 0;
      int pgTxThreads = 0;
      for (int t : List.of(1, 2, 4)) {
        double r =
            CommandAppendBenchmark.measure(
                t, seconds, () -> CommandAppendBenchmark.rawInsertOnePerTx(rawDb, payload));
        log("B-pg-tx %d connection(s): %.0f rows/s", t, r);
        if (r > pgTxBest) {
          pgTxBest = r;
          pgTxThreads = t;
        }
      }
      double pgBatch =
          CommandAppendBenchmark.measure(
              1, seconds, () -> CommandAppendBenchmark.rawInsertBatched(rawDb, payload, 100));
      log("B-pg-batch: %.0f rows/s", pgBatch);
      double esBulk = rawBulk(elasticsearch, alias, "bench-raw-" + suffix);
      log("B-es-bulk: %.0f docs/s", esBulk);

      table.add(
          new String[] {
            "bulk import: POST /api/imports until its report",
            fmt(run.created) + " rows, " + fmt(events) + " events",
            String.format(Locale.ROOT, "%.1f", run.importSeconds),
            String.format(
                Locale.ROOT, "%.0f rows/s (%.0f events/s)", bulkRowsPerSec, bulkEventsPerSec),
            "B-pg-batch " + fmt(pgBatch) + " rows/s",
            pct(bulkEventsPerSec / pgBatch) + " (events/s)",
            ">= 40%"
          });
      double floor = Math.min(pgTxBest, esBulk);
      table.add(
          new String[] {
            "end to end: until all searchable",
            fmt(run.created) + " rows",
            String.format(Locale.ROOT, "%.1f", run.searchableSeconds),
            String.format(Locale.ROOT, "%.0f rows/s", e2eRowsPerSec),
            String.format(
                Locale.ROOT,
                "min(B-pg-tx %s @%d, B-es-bulk %s) = %s",
                fmt(pgTxBest),
                pgTxThreads,
                fmt(esBulk),
                fmt(floor)),
            pct(e2eRowsPerSec / floor),
            ">= 50%"
          });
      table.addAll(exports);
      System.out.println();
      System.out.printf(
          "Import of %,d rows (%s, %s; %d rejected, %d duplicates); baselines %d s each%n",
          written, format, humanBytes(Files.size(file)), run.rejected, run.duplicates, seconds);
      System.out.println("| stage | volume | seconds | Inovik | baseline | ratio | target |");
      System.out.println("|---|---|---|---|---|---|---|");
      for (String[] r : table) {
        System.out.println("| " + String.join(" | ", r) + " |");
      }
    } finally {
      kafka.destroy();
      admin("DROP DATABASE IF EXISTS " + storeDb + " WITH (FORCE)");
      admin("DROP DATABASE IF EXISTS " + rawDb + " WITH (FORCE)");
    }
  }

  /** Writes the first {@code rows} rows of the seeded history dataset as an IID export. */
  static int generate(int rows, long seed, Path file) throws IOException {
    RegionCatalog catalog = RegionCatalog.load();
    DatasetGenerator generator = new DatasetGenerator(catalog, seed);
    List<GeneratedInnovation> innovations = new ArrayList<>();
    for (int year : DatasetGenerator.editions(Scale.HISTORY, 2025)) {
      generator
          .generate(Scale.HISTORY, year)
          .regions()
          .forEach(r -> innovations.addAll(r.innovations()));
    }
    int written = IidExportFile.write(innovations, catalog, file, rows);
    if (written < rows) {
      throw new IllegalStateException("the dataset has only " + written + " rows");
    }
    return written;
  }

  record ImportRun(
      int created, int rejected, int duplicates, double importSeconds, double searchableSeconds) {}

  static ImportRun importEndToEnd(String command, String query, Path file, String format)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(command + "/api/imports"))
                .header(
                    "Content-Type",
                    format.equals("xlsx")
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    double importSeconds = secs(t0);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "import answered " + response.statusCode() + ": " + response.body());
    }
    JsonNode report = JSON.readTree(response.body());
    int created = report.get("created").asInt();
    int rejected = report.get("rejectedRows").asInt();
    int duplicates = report.get("duplicates").asInt();
    log(
        "import report after %.1f s: %,d created, %,d rejected, %,d duplicates",
        importSeconds, created, rejected, duplicates);
    if (rejected > 0) {
      log("first rejections: %s", report.get("rejected").toString().substring(0, 400));
    }
    long searchable = -1;
    long lastLog = System.nanoTime();
    while (searchable < created) {
      HttpResponse<String> page =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(query + "/api/innovations/search?size=0")).build(),
              HttpResponse.BodyHandlers.ofString());
      searchable = JSON.readTree(page.body()).get("total").asLong();
      if (System.nanoTime() - lastLog > 10_000_000_000L) {
        log("searchable: %,d of %,d", searchable, created);
        lastLog = System.nanoTime();
      }
      if (secs(t0) > 3_600) {
        throw new IllegalStateException("not all searchable after an hour: " + searchable);
      }
      if (searchable < created) {
        Thread.sleep(100);
      }
    }
    double searchableSeconds = secs(t0);
    log("all %,d searchable after %.1f s", created, searchableSeconds);
    return new ImportRun(created, rejected, duplicates, importSeconds, searchableSeconds);
  }

  record ExportRun(long rows, long bytes, double seconds) {}

  /** Downloads the export of every innovation and counts its data rows. */
  static ExportRun export(String query, String format) throws Exception {
    Path file = Files.createTempFile("inovik-export", "." + format);
    try {
      long t0 = System.nanoTime();
      HttpResponse<Path> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(query + "/api/innovations/export?sort=oldest&format=" + format))
                  .build(),
              HttpResponse.BodyHandlers.ofFile(file));
      double seconds = secs(t0);
      if (response.statusCode() != 200) {
        throw new IllegalStateException("export answered " + response.statusCode());
      }
      long rows;
      if (format.equals("csv")) {
        // generated texts hold no line breaks: one line per row, after the header
        try (var lines = Files.lines(file)) {
          rows = lines.count() - 1;
        }
      } else {
        try (ReadableWorkbook book = new ReadableWorkbook(file.toFile());
            var sheetRows = book.getFirstSheet().openStream()) {
          rows = sheetRows.count() - 1;
        }
      }
      log("export %s: %,d rows, %,d bytes in %.1f s", format, rows, Files.size(file), seconds);
      return new ExportRun(rows, Files.size(file), seconds);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * B-es-bulk: reads the documents the projection wrote (outside the timing), creates an index with
   * the same analysis settings and mapping, and times a BulkIngester (5,000 operations, 2
   * concurrent requests) writing them all, up to a refresh (searchable). Documents per second.
   */
  @SuppressWarnings("unchecked")
  static double rawBulk(URI elasticsearch, String alias, String target) throws Exception {
    try (Rest5Client rest = Rest5Client.builder(elasticsearch).build()) {
      ElasticsearchClient client =
          new ElasticsearchClient(
              new Rest5ClientTransport(
                  rest, new Jackson3JsonpMapper(JsonMapper.builder().build())));
      String source = get(elasticsearch, "/_alias/" + alias).propertyNames().iterator().next();
      JsonNode settings =
          get(elasticsearch, "/" + source + "/_settings").at("/" + source + "/settings/index");
      JsonNode mappings =
          get(elasticsearch, "/" + source + "/_mapping").at("/" + source + "/mappings");
      ObjectNode create = JSON.createObjectNode();
      ObjectNode index = create.putObject("settings").putObject("index");
      for (String keep :
          List.of("number_of_shards", "number_of_replicas", "refresh_interval", "analysis")) {
        if (settings.has(keep)) {
          index.set(keep, settings.get(keep));
        }
      }
      create.set("mappings", mappings);
      put(elasticsearch, "/" + target, create.toString());

      List<Map<String, Object>> documents = new ArrayList<>();
      String pit = client.openPointInTime(p -> p.index(source).keepAlive(k -> k.time("2m"))).id();
      List<FieldValue> after = null;
      while (true) {
        String currentPit = pit;
        List<FieldValue> searchAfter = after;
        SearchResponse<Map> page =
            client.search(
                s -> {
                  s.pit(p -> p.id(currentPit).keepAlive(k -> k.time("2m")))
                      .size(5_000)
                      .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                  if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                  }
                  return s;
                },
                Map.class);
        for (Hit<Map> hit : page.hits().hits()) {
          documents.add(hit.source());
        }
        if (page.hits().hits().size() < 5_000) {
          break;
        }
        after = page.hits().hits().getLast().sort();
      }
      String finished = pit;
      client.closePointInTime(c -> c.id(finished));

      AtomicLong failures = new AtomicLong();
      long t0 = System.nanoTime();
      BulkIngester<Void> ingester =
          BulkIngester.of(
              b ->
                  b.client(client)
                      .maxOperations(5_000)
                      .maxSize(64L * 1024 * 1024)
                      .maxConcurrentRequests(2)
                      .listener(
                          new BulkListener<Void>() {
                            @Override
                            public void beforeBulk(
                                long executionId, BulkRequest request, List<Void> contexts) {}

                            @Override
                            public void afterBulk(
                                long executionId,
                                BulkRequest request,
                                List<Void> contexts,
                                BulkResponse response) {
                              for (BulkResponseItem item : response.items()) {
                                if (item.error() != null) {
                                  failures.incrementAndGet();
                                }
                              }
                            }

                            @Override
                            public void afterBulk(
                                long executionId,
                                BulkRequest request,
                                List<Void> contexts,
                                Throwable failure) {
                              failures.addAndGet(request.operations().size());
                            }
                          }));
      for (Map<String, Object> document : documents) {
        String id = String.valueOf(document.get("id"));
        ingester.add(op -> op.index(i -> i.index(target).id(id).document(document)));
      }
      ingester.close();
      client.indices().refresh(r -> r.index(target));
      double seconds = secs(t0);
      long indexed = client.count(c -> c.index(target)).count();
      client.indices().delete(d -> d.index(target));
      if (failures.get() > 0 || indexed != documents.size()) {
        throw new IllegalStateException(
            "raw bulk: " + failures.get() + " failures, " + indexed + " of " + documents.size());
      }
      log("B-es-bulk: %,d documents in %.1f s", documents.size(), seconds);
      return documents.size() / seconds;
    }
  }

  private static JsonNode get(URI base, String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(base.resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  private static void put(URI base, String path, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("PUT " + path + ": " + r.statusCode() + " " + r.body());
    }
  }

  private static long count(String db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG + db, "postgres", "");
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
      c.createStatement().execute(sql);
    }
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

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String fmt(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  private static String pct(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * ratio);
  }

  private static String humanBytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private static void log(String format, Object... args) {
    System.err.printf("[import-bench] " + format + "%n", args);
  }
}
