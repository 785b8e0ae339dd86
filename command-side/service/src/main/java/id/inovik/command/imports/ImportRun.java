package id.inovik.command.imports;

import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.iid.IidColumn;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.imports.ImportReport.ClaimRefusal;
import id.inovik.command.imports.ImportReport.Duplicate;
import id.inovik.command.imports.ImportReport.Progress;
import id.inovik.command.imports.InnovationImporter.UnusableFileException;
import id.inovik.command.imports.RowImporter.Identity;
import id.inovik.command.imports.RowImporter.Outcome;
import id.inovik.command.imports.SpreadsheetReader.SheetRow;
import id.inovik.command.innovation.Innovation;
import id.inovik.scoring.catalogue.Edition;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import of one file: finds the header row, parses and checks the rows in file order (a row
 * repeating an earlier row's innovation never reaches a worker), hands each new innovation's row to
 * the {@link RowImporter} on a worker (at most {@code concurrency} at once), reports progress and
 * collects the report.
 */
final class ImportRun implements SpreadsheetReader.RowHandler {

  /**
   * The header is the first row naming this many known columns; rows above it (titles, notes,
   * instruction sheets) are skipped.
   */
  static final int MIN_HEADER_COLUMNS = 3;

  private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

  private final RowImporter rowImporter;
  private final ClaimImporter claimImporter;
  private final ClaimTarget target;
  private final RegionCatalog regions;
  private final Clock clock;
  private final boolean dryRun;
  private final Consumer<Progress> progress;
  private RowParser parser;
  private final List<String> ignored = new ArrayList<>();
  private final List<RowProblem> problems = new ArrayList<>();
  private final List<Duplicate> duplicates = new ArrayList<>();
  private final Map<String, Seen> seen = new HashMap<>();
  private final ExecutorService workers;
  private final Semaphore permits;
  private int rows;
  private int created;
  private int advanced;
  private int rejectedRows;
  private final Map<String, Spd> spdOfRegion = new HashMap<>();
  private final List<ClaimRefusal> refusedClaims = new ArrayList<>();
  private int claimedRows;
  private int claimRefusedRows;

  private record Seen(int row, String fingerprint) {}

  /** The first SPD a file gives for a region: the one claimed. */
  private record Spd(int row, List<IndicatorClaim> claims) {}

  /**
   * Where an import's claims go: the edition's id and the rubric that sorts SPD from SID rows. Null
   * when the import claims nothing.
   */
  record ClaimTarget(String edition, Edition rubric) {}

  ImportRun(
      RowImporter rowImporter,
      ClaimImporter claimImporter,
      ClaimTarget target,
      RegionCatalog regions,
      Clock clock,
      int concurrency,
      boolean dryRun,
      Consumer<Progress> progress,
      ExecutorService workers) {
    this.rowImporter = rowImporter;
    this.claimImporter = claimImporter;
    this.target = target;
    this.regions = regions;
    this.clock = clock;
    this.permits = new Semaphore(concurrency);
    this.dryRun = dryRun;
    this.progress = progress;
    this.workers = workers;
  }

  /** Whether a header row was found (else the file is unusable). */
  boolean foundHeader() {
    return parser != null;
  }

  /** Until a header is found, a workbook's next sheet is looked at too (after "Petunjuk"). */
  @Override
  public boolean wantsNextSheet() {
    return parser == null;
  }

  @Override
  public void row(SheetRow row) {
    if (row.isBlank()) {
      return;
    }
    if (parser == null) {
      RowParser.Header header =
          RowParser.of(
              row, regions, Innovation.today(clock), target == null ? null : target.rubric());
      if (header.recognised() < MIN_HEADER_COLUMNS) {
        return; // a title, a note or an instructions sheet above the header
      }
      if (!header.missing().isEmpty()) {
        throw new UnusableFileException(header.missing());
      }
      parser = header.parser();
      ignored.addAll(header.ignored());
      return;
    }
    count(() -> rows++);
    RowParser.Result result = parser.parse(row);
    if (result.row() == null) {
      reject(result.problems());
    } else {
      apply(result.row());
    }
    if (rows % InnovationImporter.PROGRESS_EVERY == 0) {
      Progress now = progress();
      progress.accept(now);
      if (rows % (InnovationImporter.PROGRESS_EVERY * 10) == 0) {
        log.info("Import{}: {}", dryRun ? " (dry run)" : "", now);
      }
    }
  }

  private synchronized void reject(List<RowProblem> rowProblems) {
    rejectedRows++;
    problems.addAll(rowProblems);
  }

  private void reject(ImportRow row, String column, String reason) {
    reject(List.of(new RowProblem(row.row(), column, reason)));
  }

  /**
   * Checks the row against the earlier rows of the file (in file order), then stores it on a
   * worker: rows of different innovations do not contend, and a repeat of an innovation never
   * reaches a worker.
   */
  private void apply(ImportRow parsed) {
    ImportRow row = oneSpdPerRegion(parsed);
    Identity identity = rowImporter.identify(row);
    String key = identity.key();
    String id = identity.id();
    String fingerprint = identity.fingerprint();
    Seen earlier = seen.get(key);
    if (earlier != null) {
      if (earlier.fingerprint().equals(fingerprint)) {
        count(() -> duplicates.add(new Duplicate(row.row(), "row " + earlier.row(), id)));
      } else {
        reject(
            row,
            parser.headerOf(IidColumn.NAME),
            "repeats the innovation of row "
                + earlier.row()
                + " (same region, name and OPD) with different content");
      }
      return;
    }
    seen.put(key, new Seen(row.row(), fingerprint));
    permits.acquireUninterruptibly();
    workers.execute(
        () -> {
          try {
            Outcome outcome = rowImporter.store(row, identity, dryRun, parser);
            tally(outcome);
            if (target != null
                && !row.claims().isEmpty()
                && !(outcome instanceof Outcome.Rejected)) {
              tally(
                  row,
                  identity.id(),
                  claimImporter.claim(
                      row, identity.id(), target.edition(), target.rubric(), dryRun, parser));
            }
          } finally {
            permits.release();
          }
        });
  }

  /**
   * A region has one SPD: the first row of the region that gives SPD claims sets it; later rows
   * that repeat it send it again (the submission writes nothing for an unchanged claim, and the
   * first row may have been refused), later rows that differ are reported and send no SPD.
   */
  private ImportRow oneSpdPerRegion(ImportRow row) {
    RowClaims claims = row.claims();
    if (claims.spd().isEmpty()) {
      return row;
    }
    String region = row.profile().regionCode();
    Spd first = spdOfRegion.putIfAbsent(region, new Spd(row.row(), claims.spd()));
    if (first == null || first.claims().equals(claims.spd())) {
      return row;
    }
    String code = claims.spd().getFirst().indicator();
    for (IndicatorClaim c : claims.spd()) {
      if (!first.claims().contains(c)) {
        code = c.indicator();
        break;
      }
    }
    RowProblem differs =
        new RowProblem(
            row.row(),
            parser.claimColumnOf("claims." + code),
            "the SPD of "
                + region
                + " differs from row "
                + first.row()
                + ", whose SPD is the one claimed; a region has one SPD (change it with PUT"
                + " .../submissions/"
                + region
                + "/spd)");
    return new ImportRow(
        row.row(),
        row.profile(),
        row.stage(),
        row.decreeNumber(),
        row.decreeDate(),
        row.trialDate(),
        row.implementationDate(),
        claims.withoutSpd(List.of(differs)));
  }

  /** Counts what claiming a worker's row came to. */
  private synchronized void tally(ImportRow row, String innovationId, ClaimImporter.Outcome c) {
    if (c.spdStored() || c.sidStored()) {
      claimedRows++;
    }
    if (c.refused().isEmpty()) {
      return;
    }
    claimRefusedRows++;
    List<String> stored = new ArrayList<>();
    stored.add("the innovation " + innovationId);
    if (c.sidStored()) {
      stored.add("its indicator claims");
    }
    if (c.spdStored()) {
      stored.add("the SPD claims of " + row.profile().regionCode());
    }
    String what =
        (dryRun ? "would store " : "stored ")
            + String.join(" and ", stored)
            + "; not the claims refused here";
    for (RowProblem p : c.refused()) {
      refusedClaims.add(new ClaimRefusal(p.row(), p.column(), p.reason(), what));
    }
  }

  /** Counts what a worker's row came to. */
  private synchronized void tally(Outcome outcome) {
    switch (outcome) {
      case Outcome.Created() -> created++;
      case Outcome.Advanced() -> advanced++;
      case Outcome.AlreadyStored(Duplicate duplicate) -> duplicates.add(duplicate);
      case Outcome.Rejected(List<RowProblem> rowProblems) -> reject(rowProblems);
    }
  }

  private synchronized void count(Runnable change) {
    change.run();
  }

  synchronized Progress progress() {
    return new Progress(rows, created, advanced, duplicates.size(), rejectedRows);
  }

  /** The report, in row order (workers finish rows out of order). */
  synchronized ImportReport report() {
    return new ImportReport(
        dryRun,
        rows,
        created,
        advanced,
        duplicates.size(),
        rejectedRows,
        problems.stream().sorted(Comparator.comparingInt(RowProblem::row)).toList(),
        duplicates.stream().sorted(Comparator.comparingInt(Duplicate::row)).toList(),
        List.copyOf(ignored),
        target == null ? null : target.edition(),
        claimedRows,
        claimRefusedRows,
        refusedClaims.stream().sorted(Comparator.comparingInt(ClaimRefusal::row)).toList());
  }
}
