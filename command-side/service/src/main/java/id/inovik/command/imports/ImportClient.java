package id.inovik.command.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Command line for spreadsheet imports: posts a CSV or XLSX file to a running command service,
 * prints progress while the service works through it, then the rows it rejected and the totals.
 *
 * <pre>
 * deploy/bin/inovik-import [--dry-run] [--edition IGA-2026] [--url http://127.0.0.1:8081] export.xlsx
 * </pre>
 *
 * Exit status: 0 all rows imported (or duplicates), 2 some rows rejected, 1 the import failed.
 */
public final class ImportClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ImportClient() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the import; answers the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String url = System.getenv().getOrDefault("INOVIK_COMMAND_URL", "http://127.0.0.1:8081");
    boolean dryRun = false;
    String edition = null;
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dry-run" -> dryRun = true;
        case "--url" -> url = i + 1 < args.length ? args[++i] : url;
        case "--edition" -> edition = i + 1 < args.length ? args[++i] : null;
        case "-h", "--help" -> {
          out.println(
              "usage: inovik-import [--dry-run] [--edition IGA-YEAR] [--url URL] FILE.csv|FILE.xlsx");
          return 0;
        }
        default -> file = Path.of(args[i]);
      }
    }
    if (file == null || !Files.isReadable(file)) {
      err.println(
          "usage: inovik-import [--dry-run] [--edition IGA-YEAR] [--url URL] FILE.csv|FILE.xlsx");
      err.println(file == null ? "no file given" : "cannot read " + file);
      return 1;
    }
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(
                  URI.create(
                      url
                          + "/api/imports?dryRun="
                          + dryRun
                          + (edition == null
                              ? ""
                              : "&edition=" + URLEncoder.encode(edition, StandardCharsets.UTF_8))))
              .header("Content-Type", "application/octet-stream")
              .header("Accept", "application/x-ndjson")
              .POST(HttpRequest.BodyPublishers.ofFile(file))
              .build();
    } catch (IOException | IllegalArgumentException e) {
      err.println("cannot send " + file + ": " + e.getMessage());
      return 1;
    }
    out.println((dryRun ? "Checking " : "Importing ") + file + " into " + url + " ...");
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    try {
      HttpResponse<java.io.InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        if (response.statusCode() != 200) {
          err.println("The service answered " + response.statusCode() + ":");
          lines.lines().forEach(err::println);
          return 1;
        }
        String line;
        while ((line = lines.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = JSON.readTree(line);
          if (node.has("progress")) {
            JsonNode p = node.get("progress");
            out.printf(
                dryRun
                    ? "  %,d rows checked: %d would be created, %d would advance, %d duplicates, %d rejected%n"
                    : "  %,d rows: %d created, %d advanced, %d duplicates, %d rejected%n",
                p.get("rows").asInt(),
                p.get("created").asInt(),
                p.get("advanced").asInt(),
                p.get("duplicates").asInt(),
                p.get("rejectedRows").asInt());
          } else if (node.has("problem")) {
            err.println("The file cannot be imported:");
            node.get("problem")
                .get("errors")
                .forEach(
                    e ->
                        err.println(
                            "  " + e.get("field").asString() + ": " + e.get("reason").asString()));
            return 1;
          } else if (node.has("report")) {
            return printReport(node.get("report"), out);
          }
        }
      }
      err.println("The service closed the connection before the report; see its log.");
      return 1;
    } catch (IOException e) {
      err.println("Cannot reach the command service at " + url + ": " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static int printReport(JsonNode report, PrintStream out) {
    JsonNode rejected = report.get("rejected");
    if (!rejected.isEmpty()) {
      out.println("Rejected (row, column: reason):");
      rejected.forEach(
          p ->
              out.printf(
                  "  %5d  %s: %s%n",
                  p.get("row").asInt(), p.get("column").asString(), p.get("reason").asString()));
    }
    JsonNode refusedClaims = report.path("refusedClaims");
    if (!refusedClaims.isMissingNode() && !refusedClaims.isEmpty()) {
      out.println("Claims refused (row, column: reason; what of the row was stored):");
      refusedClaims.forEach(
          p ->
              out.printf(
                  "  %5d  %s: %s; %s%n",
                  p.get("row").asInt(),
                  p.get("column").asString(),
                  p.get("reason").asString(),
                  p.get("stored").asString()));
    }
    if (!report.path("edition").isMissingNode() && !report.get("edition").isNull()) {
      out.printf(
          "Claims in %s: %d rows claimed, %d rows with refused claims%n",
          report.get("edition").asString(),
          report.get("claimedRows").asInt(),
          report.get("claimRefusedRows").asInt());
    }
    if (!report.get("ignoredColumns").isEmpty()) {
      out.println("Columns not used: " + report.get("ignoredColumns"));
    }
    boolean dry = report.get("dryRun").asBoolean();
    out.printf(
        "%s%d rows: %d %s, %d %s, %d duplicates, %d rejected%n",
        dry ? "Dry run, nothing written. " : "",
        report.get("rows").asInt(),
        report.get("created").asInt(),
        dry ? "would be created" : "created",
        report.get("advanced").asInt(),
        dry ? "would advance" : "advanced to a later stage",
        report.get("duplicates").asInt(),
        report.get("rejectedRows").asInt());
    return report.get("rejectedRows").asInt() > 0 ? 2 : 0;
  }
}
