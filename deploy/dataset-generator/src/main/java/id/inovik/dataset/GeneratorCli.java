package id.inovik.dataset;

import id.inovik.api.region.RegionCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code inovik-generate}: generates a seeded national dataset and prints its summary, writes it as
 * the scoring CLI's input, and/or loads it through the command API.
 */
public final class GeneratorCli {
  static final String USAGE =
      """
      usage: inovik-generate [--scale demo|edition|history] [--edition YEAR] [--seed N]
                             [--summary] [--scoring-out FILE] [--export-file FILE.csv|FILE.xlsx
                             [--export-claims]]
                             [--target URL [--concurrency N] [--rate N] [--limit N]
                              [--edition-until STAGE] [--kipp]]
        --scale        demo: a dozen real regions, a few innovations each (default)
                       edition: one edition at its published volume (2025: 36,742 innovations, 531 regions)
                       history: every published edition 2018-2025
        --edition      the edition for demo and edition scales (default 2025)
        --seed         the seed; the same seed gives the same dataset (default 2025)
        --summary      print counts by island group, province, stage, affair, validation outcome
        --scoring-out  write the edition as the scoring CLI's input (claims with validations)
        --export-file  write the innovations as an IID export (CSV or XLSX, the import's Indonesian
                       headers) for POST /api/imports or deploy/bin/inovik-import; with --limit N,
                       the first N rows
        --export-claims with --export-file: add the claims part (Indikator N, Bukti N per SPD and
                       SID row), for POST /api/imports?edition=IGA-YEAR
        --target       the command service, e.g. http://127.0.0.1:8081: propose every innovation
                       and take it to its stage; loading twice creates nothing new
        --concurrency  requests in flight (default 4); --rate: innovations per second at most (default none)
        --limit        load (or export) only the first N innovations
        --edition-until with --target: also run the IGA edition of the loaded innovations (IGA-YEAR)
                       through the award API until penjaringan (claims), pengukuran (verifier's
                       and quality control's decisions, nominees), presentasi (jurors, refused
                       conflicts of interest, presentation scores) or published (field scores,
                       winners, results under their decree); a second run goes on from where the
                       edition stands
        --kipp         with --target: also run a KIPP edition (KIPP-YEAR) from proposals of the
                       loaded public-service innovations through jury scores to its Top 99 and Top 45
      With --target, standard output gets the number of innovations loaded and nothing else.
      """;

  private GeneratorCli() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    Scale scale = Scale.DEMO;
    int edition = 2025;
    long seed = 2025;
    boolean summary = false;
    String scoringOut = null;
    String exportFile = null;
    boolean exportClaims = false;
    URI target = null;
    int concurrency = 4;
    double rate = 0;
    int limit = Integer.MAX_VALUE;
    AwardPlan.Until editionUntil = null;
    boolean kipp = false;
    try {
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--scale" -> scale = Scale.valueOf(value(args, ++i, arg).toUpperCase(Locale.ROOT));
          case "--edition" -> edition = Integer.parseInt(value(args, ++i, arg));
          case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
          case "--summary" -> summary = true;
          case "--scoring-out" -> scoringOut = value(args, ++i, arg);
          case "--export-file" -> {
            exportFile = value(args, ++i, arg);
            String lower = exportFile.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
              throw new IllegalArgumentException("--export-file must end in .csv or .xlsx");
            }
          }
          case "--export-claims" -> exportClaims = true;
          case "--target" -> target = URI.create(value(args, ++i, arg).replaceAll("/+$", "") + "/");
          case "--concurrency" -> concurrency = Integer.parseInt(value(args, ++i, arg));
          case "--rate" -> rate = Double.parseDouble(value(args, ++i, arg));
          case "--limit" -> limit = Integer.parseInt(value(args, ++i, arg));
          case "--edition-until" -> editionUntil = AwardPlan.Until.parse(value(args, ++i, arg));
          case "--kipp" -> kipp = true;
          case "-h", "--help" -> {
            out.print(USAGE);
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      if (scale != Scale.DEMO) {
        EditionVolume.require(edition);
      }
      if ((editionUntil != null || kipp) && (target == null || scale == Scale.HISTORY)) {
        throw new IllegalArgumentException(
            "--edition-until and --kipp need --target and one edition (demo or edition scale)");
      }
    } catch (IllegalArgumentException e) {
      err.println("inovik-generate: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (!summary && scoringOut == null && target == null && exportFile == null) {
      summary = true;
    }
    RegionCatalog catalog = RegionCatalog.load();
    DatasetGenerator generator = new DatasetGenerator(catalog, seed);
    PrintStream report = target != null ? err : out;
    List<GeneratedInnovation> toLoad = new ArrayList<>();
    List<GeneratedRegion> regions = new ArrayList<>();
    for (int year : DatasetGenerator.editions(scale, edition)) {
      long start = System.nanoTime();
      GeneratedEdition generated = generator.generate(scale, year);
      err.printf(
          "generated IID %d: %,d innovations from %,d regions in %.1f s%n",
          year,
          generated.innovationCount(),
          generated.regions().size(),
          (System.nanoTime() - start) / 1e9);
      if (summary) {
        report.println(DatasetSummary.of(generated).table());
      }
      if (scoringOut != null) {
        Path file =
            Path.of(
                scale == Scale.HISTORY
                    ? scoringOut.replace(".json", "-" + year + ".json")
                    : scoringOut);
        JsonMapper json = JsonMapper.builder().disable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(file, json.writeValueAsString(ScoringExport.document(generated, json)));
        err.println(
            "wrote " + file + " (score it with deploy/bin/inovik-score --summary " + file + ")");
      }
      generated.regions().forEach(r -> toLoad.addAll(r.innovations()));
      regions.addAll(generated.regions());
    }
    if (exportFile != null) {
      Path file = Path.of(exportFile);
      int written =
          exportClaims
              ? IidExportFile.writeWithClaims(regions, catalog, file, limit)
              : IidExportFile.write(toLoad, catalog, file, limit);
      err.printf(
          "wrote %,d rows to %s (import it with deploy/bin/inovik-import %s)%n",
          written, file, file);
    }
    if (target == null) {
      return 0;
    }
    List<GeneratedInnovation> batch = toLoad.subList(0, Math.min(limit, toLoad.size()));
    err.printf(
        "loading %,d innovations through %s (%d in flight%s)%n",
        batch.size(), target, concurrency, rate > 0 ? String.format(", at most %.0f/s", rate) : "");
    CommandApiLoader.Result result =
        new CommandApiLoader(target, concurrency, rate, err).load(batch);
    result.problems().stream().limit(20).forEach(p -> err.println("  refused " + p));
    if (result.refused() == 0 && (editionUntil != null || kipp)) {
      AwardEditionLoader awards =
          new AwardEditionLoader(
              target, seed, concurrency, LocalDate.now(ZoneOffset.ofHours(7)), err);
      GeneratedEdition generated = new GeneratedEdition(edition, regions);
      try {
        if (editionUntil != null) {
          AwardEditionLoader.Result iga = awards.runIga(generated, result.ids(), editionUntil);
          err.printf(
              "%s in %s: nominees %s, %d conflict(s) of interest refused%s%n",
              iga.edition(),
              iga.stage(),
              iga.nominees(),
              iga.refusedConflicts(),
              iga.publishedUnder() == null ? "" : ", published under " + iga.publishedUnder());
        }
        if (kipp) {
          AwardEditionLoader.KippResult k = awards.runKipp(edition, regions, result.ids());
          err.printf(
              "%s: %d proposals, Top 99 holds %d, Top 45 holds %d%n",
              k.edition(), k.proposals(), k.top99().size(), k.top45().size());
        }
      } catch (IOException e) {
        err.println("inovik-generate: the award editions failed: " + e.getMessage());
        out.println(batch.size() - result.refused());
        return 1;
      }
    }
    out.println(batch.size() - result.refused());
    return result.refused() == 0 ? 0 : 1;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
