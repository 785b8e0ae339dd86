package id.inovik.scoring.cli;

import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.iid.RegionSubmission;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the scoring CLI in-process on a JSON document, as {@code inovik-score} would (the tests'
 * independent reference for the live standings). In the CLI's package because its entry point is
 * package-private.
 */
public final class CliRunner {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CliRunner() {}

  /** The CLI's stdout for the document, parsed; fails unless the exit code is 0. */
  public static JsonNode score(String document, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "-";
    int code =
        ScoringCli.run(
            all,
            new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (code != 0) {
      throw new AssertionError(
          "CLI exit " + code + ": " + out.toString(StandardCharsets.UTF_8) + err);
    }
    return JSON.readTree(out.toString(StandardCharsets.UTF_8));
  }

  /** The engine's edition result for the same document, read by the CLI's reader. */
  public static EditionResult result(String document) {
    JsonNode doc = JSON.readTree(document);
    SubmissionReader reader = new SubmissionReader();
    List<RegionSubmission> regions = reader.regions(doc, "");
    reader.failIfErrors();
    return new EditionScoring(RubricCatalogue.edition(doc.get("edition").asInt())).score(regions);
  }
}
