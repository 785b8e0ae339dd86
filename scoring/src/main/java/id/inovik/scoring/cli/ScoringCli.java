package id.inovik.scoring.cli;

import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.MandatoryRule;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.edition.PreviousRanks;
import id.inovik.scoring.iid.InputError;
import id.inovik.scoring.iid.RegionResult;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.iid.ScoringInputException;
import id.inovik.scoring.jury.JuryConfig;
import id.inovik.scoring.jury.JuryResult;
import id.inovik.scoring.jury.JuryScoring;
import id.inovik.scoring.jury.Normalisation;
import id.inovik.scoring.ranking.RankingPolicy;
import id.inovik.scoring.ranking.TieBreak;
import id.inovik.scoring.ranking.TieMethod;
import id.inovik.scoring.region.Region;
import id.inovik.scoring.uncertainty.BootstrapConfig;
import id.inovik.scoring.uncertainty.RankUncertainty;
import id.inovik.scoring.whatif.WhatIf;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores a JSON submission without any service: {@code java -jar inovik-scoring-cli.jar [options]
 * [FILE]} (standard input when FILE is absent or "-"). Prints the full result with its breakdown as
 * JSON. Exit codes: 0 scored, 2 invalid input (the errors are printed as JSON, field by field), 1
 * anything else. See scoring/README.md for the input format.
 */
public final class ScoringCli {
  static final String USAGE =
      """
      usage: inovik-scoring [--edition YEAR] [--what-if YEAR] [--bootstrap N] [--seed S] [--top N]
                            [--tie-method STANDARD|MODIFIED|DENSE|FRACTIONAL|ORDINAL]
                            [--mandatory-rule ROW_ZERO|INNOVATION_ZERO|INNOVATION_EXCLUDED]
                            [--summary] [--compact] [--export FILE.csv|FILE.xlsx] [FILE | -]
        --edition YEAR     the IID edition whose rubric scores the file (default: the file's "edition")
        --what-if YEAR     also score the same data under YEAR's rubric and report who moves
        --bootstrap N      rank intervals from N seeded resamples (innovations; jurors too with a jury)
        --seed S, --top N  bootstrap seed (default 20260101) and N of P(top N) (default 3)
        --tie-method M     how ties share ranks (default STANDARD, "1224")
        --mandatory-rule R what an empty or rejected mandatory SID row does (default: the edition's)
        --summary          leave out the per-row breakdown of every region
        --compact          one-line JSON
        --export FILE      also write the rankings (national and per category) to FILE.csv or
                           FILE.xlsx with Indonesian headers
      editions: %s
      """;

  private ScoringCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("inovik-scoring: " + e.getMessage());
      err.print(USAGE.formatted(RubricCatalogue.SHIPPED_EDITIONS));
      return 2;
    }
    if (options.help) {
      out.print(USAGE.formatted(RubricCatalogue.SHIPPED_EDITIONS));
      return 0;
    }
    JsonMapper json =
        JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .configure(SerializationFeature.INDENT_OUTPUT, !options.compact)
            .build();
    try {
      JsonNode doc;
      try (InputStream in =
          options.file == null ? stdin : Files.newInputStream(Path.of(options.file))) {
        doc = json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      if (doc == null || !doc.isObject()) {
        throw ScoringInputException.of("", "the submission must be a JSON object");
      }
      Map<String, Object> result = score(doc, options);
      out.println(json.writeValueAsString(result));
      if (options.export != null) {
        err.println(
            "inovik-scoring: wrote " + options.exported + " ranking rows to " + options.export);
      }
      return 0;
    } catch (ScoringInputException e) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("title", "Invalid submission");
      problem.put("status", 400);
      problem.put("detail", e.errors().size() + " problem(s); nothing was scored");
      problem.put("errors", e.errors());
      out.println(json.writeValueAsString(problem));
      err.println("inovik-scoring: invalid submission, " + e.errors().size() + " problem(s)");
      return 2;
    } catch (JacksonException e) {
      err.println("inovik-scoring: not valid JSON: " + e.getOriginalMessage());
      return 2;
    } catch (IOException e) {
      err.println("inovik-scoring: cannot read " + options.file + ": " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println(
          "inovik-scoring: cannot write " + options.export + ": " + e.getCause().getMessage());
      return 1;
    }
  }

  /** The whole result document of a submission. */
  static Map<String, Object> score(JsonNode doc, Options options) {
    SubmissionReader reader = new SubmissionReader();
    MandatoryRule mandatoryRule = mandatoryRule(options.mandatoryRule, doc.get("mandatoryRule"));
    Edition edition =
        withRule(edition(options.edition, doc.get("edition"), "edition"), mandatoryRule);
    RankingPolicy policy = policy(doc.get("ranking"), options.tieMethod);
    List<RegionSubmission> regions = reader.regions(doc, "");
    reader.failIfErrors();

    PreviousRanks previous = previous(doc, policy, reader);
    EditionScoring scoring = new EditionScoring(edition, policy);
    EditionResult result = scoring.score(regions, previous, false);
    if (options.export != null) {
      try {
        int rows = RankingExport.write(result, Path.of(options.export));
        options.exported = rows;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("edition", result.edition());
    out.put("guideline", result.guideline());
    out.put("ranking", result.policy());
    out.put(
        "regions",
        options.summary
            ? result.regions().stream().map(RegionResult::summary).toList()
            : result.regions());
    Map<String, Object> rankings = new LinkedHashMap<>();
    rankings.put("national", result.national());
    rankings.put("categories", result.categories());
    out.put("rankings", rankings);

    JsonNode juryNode = doc.get("jury");
    JuryRun jury = null;
    if (juryNode != null && !juryNode.isNull()) {
      jury = jury(juryNode, edition, result, regions, reader);
      out.put("jury", jury.result());
    }

    JsonNode uncertaintyNode = doc.get("uncertainty");
    Integer replicates = options.bootstrap;
    if (replicates == null && uncertaintyNode != null && uncertaintyNode.has("replicates")) {
      replicates = uncertaintyNode.get("replicates").asInt();
    }
    if (replicates != null || (uncertaintyNode != null && !uncertaintyNode.isNull())) {
      BootstrapConfig config;
      try {
        config =
            new BootstrapConfig(
                options.seed != null
                    ? options.seed
                    : uncertaintyNode == null
                        ? BootstrapConfig.DEFAULT.seed()
                        : uncertaintyNode.path("seed").asLong(BootstrapConfig.DEFAULT.seed()),
                replicates != null ? replicates : BootstrapConfig.DEFAULT.replicates(),
                options.top != null
                    ? options.top
                    : uncertaintyNode == null
                        ? BootstrapConfig.DEFAULT.topN()
                        : uncertaintyNode.path("topN").asInt(BootstrapConfig.DEFAULT.topN()));
      } catch (IllegalArgumentException e) {
        throw ScoringInputException.of("uncertainty", e.getMessage());
      }
      RankUncertainty uncertainty = new RankUncertainty(edition, policy);
      List<Object> intervals = new ArrayList<>();
      intervals.add(uncertainty.overInnovations(regions, config));
      if (jury != null) {
        intervals.add(
            uncertainty.overJurors(
                jury.scoring(),
                jury.nominees(),
                jury.section().jurors(),
                jury.scoring().presentationTotals(jury.section().presentation()),
                jury.section().field(),
                jury.iid(),
                config));
      }
      out.put("uncertainty", intervals);
    }

    List<Integer> whatIfYears = new ArrayList<>();
    if (options.whatIf != null) {
      whatIfYears.add(options.whatIf);
    }
    JsonNode whatIfNode = doc.get("whatIf");
    if (whatIfNode != null && !whatIfNode.isNull()) {
      if (whatIfNode.isArray()) {
        whatIfNode.forEach(y -> whatIfYears.add(y.asInt()));
      } else {
        whatIfYears.add(whatIfNode.asInt());
      }
    }
    if (!whatIfYears.isEmpty()) {
      List<Object> whatIfs = new ArrayList<>();
      for (int year : whatIfYears) {
        whatIfs.add(
            WhatIf.compare(
                regions, edition, withRule(edition(year, null, "whatIf"), mandatoryRule), policy));
      }
      out.put("whatIf", whatIfs);
    }
    out.put("assumptions", result.assumptions());
    return out;
  }

  private static Edition edition(Integer fromOptions, JsonNode fromDoc, String field) {
    Integer year = fromOptions;
    if (year == null && fromDoc != null && !fromDoc.isNull()) {
      if (fromDoc.isIntegralNumber()) {
        year = fromDoc.asInt();
      } else if (fromDoc.isString() && fromDoc.asString().trim().matches("\\d{4}")) {
        year = Integer.parseInt(fromDoc.asString().trim());
      } else {
        throw ScoringInputException.of(field, "must be a year such as 2026");
      }
    }
    if (year == null) {
      throw ScoringInputException.of(
          field,
          "is required (in the file or as --edition); one of " + RubricCatalogue.SHIPPED_EDITIONS);
    }
    try {
      return RubricCatalogue.edition(year);
    } catch (IllegalArgumentException e) {
      throw ScoringInputException.of(
          field, "no rubric for edition " + year + "; one of " + RubricCatalogue.SHIPPED_EDITIONS);
    }
  }

  private static MandatoryRule mandatoryRule(String fromOptions, JsonNode fromDoc) {
    String text =
        fromOptions != null
            ? fromOptions
            : fromDoc == null || fromDoc.isNull() ? null : fromDoc.asString();
    if (text == null) {
      return null;
    }
    try {
      return MandatoryRule.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ScoringInputException.of("mandatoryRule", "one of " + List.of(MandatoryRule.values()));
    }
  }

  private static Edition withRule(Edition edition, MandatoryRule rule) {
    return rule == null ? edition : edition.withMandatoryRule(rule);
  }

  private static RankingPolicy policy(JsonNode node, String tieMethodOption) {
    List<InputError> errors = new ArrayList<>();
    TieMethod method = TieMethod.STANDARD;
    String methodText =
        tieMethodOption != null
            ? tieMethodOption
            : node == null ? null : node.path("tieMethod").asString(null);
    if (methodText != null) {
      try {
        method = TieMethod.valueOf(methodText.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            new InputError(
                "ranking.tieMethod", "one of STANDARD, MODIFIED, DENSE, FRACTIONAL, ORDINAL"));
      }
    }
    List<TieBreak> chain = RankingPolicy.DEFAULT.tieBreaks();
    if (node != null && node.has("tieBreaks")) {
      chain = new ArrayList<>();
      for (JsonNode t : node.get("tieBreaks")) {
        try {
          chain.add(TieBreak.valueOf(t.asString().trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          errors.add(
              new InputError(
                  "ranking.tieBreaks",
                  "unknown '" + t.asString() + "'; one of " + List.of(TieBreak.values())));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ScoringInputException(errors);
    }
    try {
      return new RankingPolicy(method, chain);
    } catch (IllegalArgumentException e) {
      throw ScoringInputException.of("ranking.tieBreaks", e.getMessage());
    }
  }

  private static PreviousRanks previous(
      JsonNode doc, RankingPolicy policy, SubmissionReader reader) {
    JsonNode previous = doc.get("previous");
    if (previous != null && !previous.isNull()) {
      Edition edition = edition(null, previous.get("edition"), "previous.edition");
      List<RegionSubmission> regions = reader.regions(previous, "previous.");
      reader.failIfErrors();
      try {
        return PreviousRanks.of(new EditionScoring(edition, policy).score(regions));
      } catch (ScoringInputException e) {
        throw new ScoringInputException(
            e.errors().stream()
                .map(err -> new InputError("previous." + err.field(), err.reason()))
                .toList());
      }
    }
    JsonNode ranks = doc.get("previousRanks");
    if (ranks == null || ranks.isNull()) {
      return PreviousRanks.NONE;
    }
    Map<String, Map<String, BigDecimal>> byCategory = new HashMap<>();
    List<InputError> errors = new ArrayList<>();
    for (var category : ranks.properties()) {
      Map<String, BigDecimal> byRegion = new HashMap<>();
      for (var region : category.getValue().properties()) {
        if (!region.getValue().isNumber() || region.getValue().decimalValue().signum() <= 0) {
          errors.add(
              new InputError(
                  "previousRanks." + category.getKey() + "." + region.getKey(),
                  "must be a positive rank"));
        } else {
          byRegion.put(region.getKey(), region.getValue().decimalValue());
        }
      }
      byCategory.put(category.getKey(), byRegion);
    }
    if (!errors.isEmpty()) {
      throw new ScoringInputException(errors);
    }
    return new PreviousRanks(byCategory);
  }

  private record JuryRun(
      JuryScoring scoring,
      Map<String, Region> nominees,
      SubmissionReader.JurySection section,
      Map<String, Double> iid,
      JuryResult result) {}

  private static JuryRun jury(
      JsonNode node,
      Edition edition,
      EditionResult scored,
      List<RegionSubmission> regions,
      SubmissionReader reader) {
    JuryConfig config = JuryConfig.DEFAULT;
    List<InputError> errors = new ArrayList<>();
    Normalisation method = config.method();
    if (node.hasNonNull("method")) {
      try {
        method =
            Normalisation.valueOf(node.get("method").asString().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new InputError("jury.method", "one of " + List.of(Normalisation.values())));
      }
    }
    JsonNode weights = node.path("weights");
    try {
      config =
          new JuryConfig(
              method,
              weights.path("iid").asDouble(config.iidWeight()),
              weights.path("presentation").asDouble(config.presentationWeight()),
              weights.path("field").asDouble(config.fieldWeight()),
              node.path("minEvaluationsPerJudge").asInt(config.minEvaluationsPerJudge()),
              node.path("trimMinJudges").asInt(config.trimMinJudges()),
              config.tieMethod());
    } catch (IllegalArgumentException e) {
      errors.add(new InputError("jury.weights", e.getMessage()));
    }
    SubmissionReader.JurySection section = reader.jury(node, "jury");
    errors.addAll(reader.errors());
    if (!errors.isEmpty()) {
      throw new ScoringInputException(errors);
    }
    Map<String, Region> submitted = new HashMap<>();
    regions.forEach(r -> submitted.put(r.region().code(), r.region()));
    Map<String, Region> nominees = new TreeMap<>();
    section.presentation().forEach(p -> addNominee(nominees, submitted, p.regionCode()));
    section.field().forEach(f -> addNominee(nominees, submitted, f.regionCode()));
    Map<String, Double> iid = new HashMap<>();
    scored.regions().forEach(r -> iid.put(r.region().code(), r.validated().iid().doubleValue()));
    JuryScoring scoring = new JuryScoring(edition, config);
    JuryResult result =
        scoring.score(nominees, section.jurors(), section.presentation(), section.field(), iid);
    return new JuryRun(scoring, nominees, section, iid, result);
  }

  private static void addNominee(
      Map<String, Region> nominees, Map<String, Region> submitted, String code) {
    Region region = submitted.get(code);
    if (region != null) {
      nominees.put(code, region);
    }
  }

  /** Parsed command-line options. */
  static final class Options {
    Integer edition;
    Integer whatIf;
    Integer bootstrap;
    Long seed;
    Integer top;
    String tieMethod;
    String mandatoryRule;
    boolean summary;
    boolean compact;
    boolean help;
    String file;
    String export;
    int exported;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--edition" -> o.edition = integer(arg, value(args, ++i, arg));
          case "--what-if" -> o.whatIf = integer(arg, value(args, ++i, arg));
          case "--bootstrap" -> o.bootstrap = integer(arg, value(args, ++i, arg));
          case "--seed" -> o.seed = (long) integer(arg, value(args, ++i, arg));
          case "--top" -> o.top = integer(arg, value(args, ++i, arg));
          case "--tie-method" -> o.tieMethod = value(args, ++i, arg);
          case "--mandatory-rule" -> o.mandatoryRule = value(args, ++i, arg);
          case "--summary" -> o.summary = true;
          case "--compact" -> o.compact = true;
          case "--export" -> {
            o.export = value(args, ++i, arg);
            RankingExport.checkTarget(o.export);
          }
          case "-h", "--help" -> o.help = true;
          default -> {
            if (arg.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + arg);
            }
            if (o.file != null) {
              throw new IllegalArgumentException("only one input file");
            }
            o.file = arg.equals("-") ? null : arg;
          }
        }
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int integer(String option, String text) {
      try {
        return Integer.parseInt(text.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a whole number, not '" + text + "'");
      }
    }
  }
}
