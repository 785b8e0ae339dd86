package id.inovik.command.imports;

import id.inovik.api.iid.IidColumn;
import id.inovik.api.innovation.ConfirmInnovationProposalCommand;
import id.inovik.api.innovation.EstablishInnovationCommand;
import id.inovik.api.innovation.ImplementInnovationCommand;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.innovation.ProposeInnovationCommand;
import id.inovik.api.innovation.ReviewInnovationCommand;
import id.inovik.api.innovation.StartInnovationTrialCommand;
import id.inovik.command.dispatch.CommandDispatcher;
import id.inovik.command.imports.ImportReport.Duplicate;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.IdempotencyKeyReusedException;
import id.inovik.command.innovation.Innovation;
import id.inovik.command.innovation.InvalidInnovationException;
import id.inovik.command.innovation.LifecycleViolationException;
import id.inovik.command.innovation.ProposalIdentity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores one checked row of an import: its identity (idempotency key, innovation id and profile
 * fingerprint, as {@code Idempotency-Key} works on the REST API), whether the event store already
 * holds it, and the commands that take it to the row's stage (a new innovation's in one unit of
 * work). Safe to call from several workers at once; what a row came to is returned, not recorded.
 */
@Component
class RowImporter {

  private static final Logger log = LoggerFactory.getLogger(RowImporter.class);

  private final CommandDispatcher dispatcher;
  private final Repository<Innovation> repository;
  private final JsonMapper json;
  private final EventStore eventStore;
  private final TransactionManager transactionManager;

  RowImporter(
      CommandDispatcher dispatcher,
      Repository<Innovation> repository,
      JsonMapper json,
      EventStore eventStore,
      TransactionManager transactionManager) {
    this.dispatcher = dispatcher;
    this.repository = repository;
    this.json = json;
    this.eventStore = eventStore;
    this.transactionManager = transactionManager;
  }

  /**
   * A row's identity: the idempotency key, the innovation id it gives, the profile's fingerprint.
   */
  record Identity(String key, String id, String fingerprint) {}

  /** What storing a row came to. */
  sealed interface Outcome {
    /** A new innovation (or, in a dry run, one that would be). */
    record Created() implements Outcome {}

    /** A stored innovation moved on to the row's later stage. */
    record Advanced() implements Outcome {}

    /** Already stored at the row's stage or later. */
    record AlreadyStored(Duplicate duplicate) implements Outcome {}

    /** Refused; nothing of the row was stored. */
    record Rejected(List<RowProblem> problems) implements Outcome {}
  }

  Identity identify(ImportRow row) {
    String key = idempotencyKey(row);
    return new Identity(
        key, ProposalIdentity.innovationId(key), ProposalIdentity.fingerprint(json, row.profile()));
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

  /**
   * Stores the row (with {@code dryRun} only looks what would happen); {@code parser} names the
   * file's columns in the problems.
   */
  Outcome store(ImportRow row, Identity identity, boolean dryRun, RowParser parser) {
    String id = identity.id();
    String key = identity.key();
    String fingerprint = identity.fingerprint();
    List<RowProblem> problems = new ArrayList<>();
    try {
      if (!dryRun && eventStore.lastSequenceNumberFor(id).isEmpty()) {
        try {
          createAtOnce(row, id, key, fingerprint);
          return new Outcome.Created();
        } catch (AggregateStreamCreationException raced) {
          // stored by a concurrent import in the meantime: carry on as for a stored innovation
        }
      }
      InnovationStage current = propose(row, id, key, fingerprint, dryRun);
      if (current == null) {
        if (!dryRun) {
          advance(row, id, InnovationStage.USULAN);
        }
        return new Outcome.Created();
      }
      if (rank(current) >= rank(row.stage())) {
        return new Outcome.AlreadyStored(new Duplicate(row.row(), id, id));
      }
      if (!dryRun) {
        advance(row, id, current);
      }
      return new Outcome.Advanced();
    } catch (IdempotencyKeyReusedException e) {
      reject(
          problems,
          row,
          parser.headerOf(IidColumn.NAME),
          "was already imported with different content (innovation "
              + id
              + "); change it with PATCH /api/innovations/"
              + id);
    } catch (InvalidInnovationException e) {
      for (FieldViolation v : e.violations()) {
        reject(problems, row, v.field(), v.reason());
      }
    } catch (LifecycleViolationException e) {
      reject(problems, row, parser.headerOf(IidColumn.STAGE), e.getMessage());
    } catch (RuntimeException e) {
      log.warn("Import row {} failed", row.row(), e);
      reject(
          problems, row, parser.headerOf(IidColumn.NAME), "could not be stored: " + e.getMessage());
    }
    return new Outcome.Rejected(problems);
  }

  private static void reject(
      List<RowProblem> problems, ImportRow row, String column, String reason) {
    problems.add(new RowProblem(row.row(), column, reason));
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
   * stage it is stored at. Looking in the event store first keeps a re-import from logging a failed
   * creation per row.
   */
  private InnovationStage propose(
      ImportRow row, String id, String key, String fingerprint, boolean dryRun) {
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
