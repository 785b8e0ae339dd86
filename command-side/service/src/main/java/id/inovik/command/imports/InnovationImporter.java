package id.inovik.command.imports;

import id.inovik.api.innovation.ProposeInnovationCommand;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.imports.ImportReport.Progress;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.InvalidInnovationException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports an IID innovation export (CSV or XLSX) through the same commands the REST API sends: per
 * valid row a keyed {@link ProposeInnovationCommand}, then review, establish, trial and
 * implementation as far as the row's stage. Rows are checked completely before their first command,
 * so a bad row is reported and writes nothing.
 *
 * <p>Rows are read and checked in file order; up to {@code inovik.import.concurrency} (default 4)
 * rows are stored at the same time. {@link ImportRun} reads one file; {@link RowImporter} stores
 * one row.
 *
 * <p>Each row's idempotency key comes from its identity (region code, name and owning agency, case
 * and spacing ignored), so importing a file again creates nothing new; a later export that shows an
 * innovation at a later stage moves it on.
 */
@Service
public class InnovationImporter {

  /** Progress is reported after this many rows. */
  public static final int PROGRESS_EVERY = 100;

  private final RowImporter rowImporter;
  private final ClaimImporter claimImporter;
  private final AwardClaims awardClaims;
  private final RegionCatalog regions;
  private final Clock clock;
  private final int concurrency;

  InnovationImporter(
      RowImporter rowImporter,
      ClaimImporter claimImporter,
      AwardClaims awardClaims,
      RegionCatalog regions,
      Clock clock,
      @Value("${inovik.import.concurrency:4}") int concurrency) {
    this.rowImporter = rowImporter;
    this.claimImporter = claimImporter;
    this.awardClaims = awardClaims;
    this.concurrency = Math.max(1, concurrency);
    this.regions = regions;
    this.clock = clock;
  }

  /** The header of the file lacks required columns; nothing was imported. */
  public static class UnusableFileException extends InvalidInnovationException {
    public UnusableFileException(List<FieldViolation> violations) {
      super(violations);
    }
  }

  /**
   * Imports {@code file}; with {@code dryRun} only checks it and says what would happen. Calls
   * {@code progress} every {@link #PROGRESS_EVERY} rows.
   */
  public ImportReport importFile(InputStream file, boolean dryRun, Consumer<Progress> progress) {
    return importFile(file, dryRun, null, progress);
  }

  /**
   * Imports {@code file}; with an {@code edition} ("IGA-2026") its indicator columns become claims
   * of the rows' regions in that edition, whose collection stage must be open.
   *
   * @throws UnusableFileException also when the edition does not exist, takes no indicator claims
   *     or does not collect claims now
   */
  public ImportReport importFile(
      InputStream file, boolean dryRun, String edition, Consumer<Progress> progress) {
    ImportRun.ClaimTarget target = edition == null || edition.isBlank() ? null : target(edition);
    ImportRun run;
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      run =
          new ImportRun(
              rowImporter,
              claimImporter,
              target,
              regions,
              clock,
              concurrency,
              dryRun,
              progress,
              workers);
      try {
        SpreadsheetReader.read(file, run);
      } catch (SpreadsheetReader.UnreadableFileException e) {
        throw new UnusableFileException(List.of(new FieldViolation("file", e.getMessage())));
      }
    } // closing waits for the rows still being stored
    if (!run.foundHeader()) {
      throw new UnusableFileException(
          List.of(
              new FieldViolation(
                  "file",
                  "has no header row: no row names "
                      + ImportRun.MIN_HEADER_COLUMNS
                      + " or more known columns (mandatory: Nama Inovasi, Tahapan, Inisiator, Jenis,"
                      + " Bentuk, Urusan Utama, Rancang Bangun, Tujuan, Manfaat, OPD, and Kode"
                      + " Wilayah or Pemda)")));
    }
    progress.accept(run.progress());
    return run.report();
  }

  private ImportRun.ClaimTarget target(String given) {
    String edition = given.strip().toUpperCase(Locale.ROOT);
    try {
      return new ImportRun.ClaimTarget(edition, awardClaims.rubricCollecting(edition));
    } catch (AwardClaims.ClaimsRefusedException e) {
      throw new UnusableFileException(e.violations());
    }
  }
}
