package id.inovik.command.imports;

import id.inovik.api.iid.IidColumn;
import id.inovik.api.innovation.ConfirmInnovationProposalCommand;
import id.inovik.api.innovation.EstablishInnovationCommand;
import id.inovik.api.innovation.ImplementInnovationCommand;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.innovation.ProposeInnovationCommand;
import id.inovik.api.innovation.ReviewInnovationCommand;
import id.inovik.api.innovation.StartInnovationTrialCommand;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.dispatch.CommandDispatcher;
import id.inovik.command.imports.ImportReport.Duplicate;
import id.inovik.command.imports.ImportReport.Progress;
import id.inovik.command.imports.SpreadsheetReader.SheetRow;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.IdempotencyKeyReusedException;
import id.inovik.command.innovation.Innovation;
import id.inovik.command.innovation.InvalidInnovationException;
import id.inovik.command.innovation.LifecycleViolationException;
import id.inovik.command.innovation.ProposalIdentity;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an IID innovation export (CSV or XLSX) through the same commands the REST API sends: per
 * valid row a keyed {@link ProposeInnovationCommand}, then review, establish, trial and
 * implementation as far as the row's stage. Rows are checked completely before their first command,
 * so a bad row is reported and writes nothing.
 *
 * <p>Rows are read and checked in file order; up to {@code inovik.import.concurrency} (default 4)
 * rows are stored at the same time.
 *
 * <p>Each row's idempotency key comes from its identity (region code, name and owning agency, case
 * and spacing ignored), so importing a file again creates nothing new; a later export that shows an
 * innovation at a later stage moves it on.
 */
@Service
public class InnovationImporter {

  /**
   * The header is the first row naming this many known columns; rows above it (titles, notes,
   * instruction sheets) are skipped.
   */
  static final int MIN_HEADER_COLUMNS = 3;

  /** Progress is reported after this many rows. */
  public static final int PROGRESS_EVERY = 100;

  private static final Logger log = LoggerFactory.getLogger(InnovationImporter.class);

  private final CommandDispatcher dispatcher;
  private final Repository<Innovation> repository;
  private final RegionCatalog regions;
  private final JsonMapper json;
  private final Clock clock;
  private final EventStore eventStore;
  private final TransactionManager transactionManager;
  private final int concurrency;

  InnovationImporter(
      CommandDispatcher dispatcher,
      Repository<Innovation> repository,
      RegionCatalog regions,
      JsonMapper json,
      Clock clock,
      EventStore eventStore,
      TransactionManager transactionManager,
      @Value("${inovik.import.concurrency:4}") int concurrency) {
    this.eventStore = eventStore;
    this.transactionManager = transactionManager;
    this.concurrency = Math.max(1, concurrency);
    this.dispatcher = dispatcher;
    this.repository = repository;
    this.regions = regions;
    this.json = json;
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
    Run run;
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      run = new Run(dryRun, progress, workers);
      try {
        SpreadsheetReader.read(file, run);
      } catch (SpreadsheetReader.UnreadableFileException e) {
        throw new UnusableFileException(List.of(new FieldViolation("file", e.getMessage())));
      }
    } // closing waits for the rows still being stored
    if (run.parser == null) {
      throw new UnusableFileException(
          List.of(
              new FieldViolation(
                  "file",
                  "has no header row: no row names "
                      + MIN_HEADER_COLUMNS
                      + " or more known columns (mandatory: Nama Inovasi, Tahapan, Inisiator, Jenis,"
                      + " Bentuk, Urusan Utama, Rancang Bangun, Tujuan, Manfaat, OPD, and Kode"
                      + " Wilayah or Pemda)")));
    }
    progress.accept(run.progress());
    return run.report();
  }

  /** The identity of an innovation in imports: region, name, owning agency. */
  static String idempotencyKey(ImportRow row) {
    String identity =
        row.profile().regionCode()
            + "|"
            + Values.key(row.profile().name())
            + "|"
            + Values.key(row.profile().owningAgency());
    return "iid-import-"
        + ProposalIdentity.sha256(identity.getBytes(StandardCharsets.UTF_8)).substring(0, 40);
  }

  private final class Run implements SpreadsheetReader.RowHandler {
    private final boolean dryRun;
    private final Consumer<Progress> progress;
    private RowParser parser;
    private final List<String> ignored = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final Map<String, Seen> seen = new HashMap<>();
    private final ExecutorService workers;
    private final Semaphore permits = new Semaphore(concurrency);
    private int rows;
    private int created;
    private int advanced;
    private int rejectedRows;

    private record Seen(int row, String fingerprint) {}

    Run(boolean dryRun, Consumer<Progress> progress, ExecutorService workers) {
      this.dryRun = dryRun;
      this.progress = progress;
      this.workers = workers;
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
        RowParser.Header header = RowParser.of(row, regions, Innovation.today(clock));
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
      if (rows % PROGRESS_EVERY == 0) {
        Progress now = progress();
        progress.accept(now);
        if (rows % (PROGRESS_EVERY * 10) == 0) {
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
    private void apply(ImportRow row) {
      String key = idempotencyKey(row);
      String id = ProposalIdentity.innovationId(key);
      String fingerprint = ProposalIdentity.fingerprint(json, row.profile());
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
              store(row, id, key, fingerprint);
            } finally {
              permits.release();
            }
          });
    }

    private void store(ImportRow row, String id, String key, String fingerprint) {
      try {
        if (!dryRun && eventStore.lastSequenceNumberFor(id).isEmpty()) {
          try {
            createAtOnce(row, id, key, fingerprint);
            count(() -> created++);
            return;
          } catch (AggregateStreamCreationException raced) {
            // stored by a concurrent import in the meantime: carry on as for a stored innovation
          }
        }
        InnovationStage current = propose(row, id, key, fingerprint);
        if (current == null) {
          if (!dryRun) {
            advance(row, id, InnovationStage.USULAN);
          }
          count(() -> created++);
          return;
        }
        if (rank(current) >= rank(row.stage())) {
          count(() -> duplicates.add(new Duplicate(row.row(), id, id)));
          return;
        }
        if (!dryRun) {
          advance(row, id, current);
        }
        count(() -> advanced++);
      } catch (IdempotencyKeyReusedException e) {
        reject(
            row,
            parser.headerOf(IidColumn.NAME),
            "was already imported with different content (innovation "
                + id
                + "); change it with PATCH /api/innovations/"
                + id);
      } catch (InvalidInnovationException e) {
        for (FieldViolation v : e.violations()) {
          reject(row, v.field(), v.reason());
        }
      } catch (LifecycleViolationException e) {
        reject(row, parser.headerOf(IidColumn.STAGE), e.getMessage());
      } catch (RuntimeException e) {
        log.warn("Import row {} failed", row.row(), e);
        reject(row, parser.headerOf(IidColumn.NAME), "could not be stored: " + e.getMessage());
      }
    }

    /**
     * Proposes a new innovation and takes it to the row's stage in one unit of work: the commands
     * still go one by one through the aggregate, but share one database transaction and one loaded
     * aggregate, so a row costs one commit instead of up to five, and a row refused half-way leaves
     * nothing behind.
     */
    private void createAtOnce(ImportRow row, String id, String key, String fingerprint) {
      DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
      unitOfWork.attachTransaction(transactionManager);
      var result =
          unitOfWork.executeWithResult(
              () -> {
                dispatcher.send(new ProposeInnovationCommand(id, row.profile(), key, fingerprint));
                advance(row, id, InnovationStage.USULAN);
                return null;
              });
      if (result.isExceptional()) {
        Throwable error = result.exceptionResult();
        if (error instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(error);
      }
    }

    /**
     * Proposes the innovation (or, in a dry run, only looks); answers null when it is new, else the
     * stage it is stored at. Looking in the event store first keeps a re-import from logging a
     * failed creation per row.
     */
    private InnovationStage propose(ImportRow row, String id, String key, String fingerprint) {
      boolean stored = eventStore.lastSequenceNumberFor(id).isPresent();
      if (!stored && dryRun) {
        return null;
      }
      if (!stored) {
        try {
          dispatcher.send(new ProposeInnovationCommand(id, row.profile(), key, fingerprint));
          return null;
        } catch (AggregateStreamCreationException alreadyStored) {
          // fall through: confirm it is the same proposal
        }
      }
      try {
        dispatcher.send(new ConfirmInnovationProposalCommand(id, key, fingerprint));
      } catch (AggregateNotFoundException notStored) {
        return null;
      }
      return stageOf(id);
    }

    private void advance(ImportRow row, String id, InnovationStage from) {
      if (from == InnovationStage.USULAN) {
        dispatcher.send(new ReviewInnovationCommand(id, null, true, null, row.decreeDate()));
        from = InnovationStage.LAYAK;
      }
      if (from == InnovationStage.LAYAK) {
        dispatcher.send(
            new EstablishInnovationCommand(id, null, row.decreeNumber(), row.decreeDate()));
        from = InnovationStage.INISIATIF;
      }
      if (row.stage() == InnovationStage.INISIATIF) {
        return;
      }
      if (from == InnovationStage.INISIATIF) {
        dispatcher.send(new StartInnovationTrialCommand(id, null, row.trialDate()));
        from = InnovationStage.UJI_COBA;
      }
      if (row.stage() == InnovationStage.PENERAPAN && from == InnovationStage.UJI_COBA) {
        dispatcher.send(new ImplementInnovationCommand(id, null, row.implementationDate()));
      }
    }

    private InnovationStage stageOf(String id) {
      var result =
          DefaultUnitOfWork.startAndGet(null)
              .executeWithResult(() -> repository.load(id).invoke(Innovation::stage));
      if (result.isExceptional()) {
        dispatcher.rethrow(result.exceptionResult(), "ImportReadInnovation");
      }
      return result.getPayload();
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
          List.copyOf(ignored));
    }
  }

  /** Order of the stages an import can reach; a rejected or unknown stage ranks highest. */
  private static int rank(InnovationStage stage) {
    return switch (stage) {
      case USULAN -> 0;
      case LAYAK -> 1;
      case INISIATIF -> 2;
      case UJI_COBA -> 3;
      case PENERAPAN -> 4;
      case TIDAK_LAYAK -> 5;
    };
  }
}
