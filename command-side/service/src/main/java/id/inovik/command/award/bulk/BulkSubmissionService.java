package id.inovik.command.award.bulk;

import id.inovik.api.award.AwardStage;
import id.inovik.api.award.ClaimInnovationCommand;
import id.inovik.api.award.ClaimSpdCommand;
import id.inovik.api.award.EditionIds;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.award.Programme;
import id.inovik.api.award.ProgrammeCatalog;
import id.inovik.api.award.ValidateClaimsCommand;
import id.inovik.api.award.ValidationDecision;
import id.inovik.api.award.ValidationOutcome;
import id.inovik.api.award.ValidatorRole;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.award.AwardConflictException;
import id.inovik.command.award.AwardNotFoundException;
import id.inovik.command.award.AwardReads;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.award.bulk.BulkPlan.Refusal;
import id.inovik.command.award.bulk.BulkReport.RegionReport;
import id.inovik.command.award.lookup.AwardLookup;
import id.inovik.command.award.lookup.AwardLookup.EditionState;
import id.inovik.command.award.submission.ClaimRules;
import id.inovik.command.award.submission.Submission;
import id.inovik.command.award.submission.Submission.ClaimKey;
import id.inovik.command.award.submission.Submission.ClaimState;
import id.inovik.command.dispatch.CommandDispatcher;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.Innovation;
import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.RubricCatalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a file in the scoring CLI's format into an edition (docs/adr/0015): each region's claims
 * become the {@link ClaimSpdCommand} and {@link ClaimInnovationCommand}s the fine-grained endpoints
 * send, and its validations one {@link ValidateClaimsCommand}, all through the {@link
 * CommandDispatcher} and so through the aggregate's rules.
 *
 * <p>Fast by construction: regions run in parallel ({@code inovik.award.bulk-concurrency} workers;
 * one region is one aggregate, so they never contend), and one region's commands share one unit of
 * work, so the submission is loaded once and its events are appended in one batch and one commit.
 * Parts identical to what is stored are not sent (they count as unchanged, even after the
 * collection closed), nor are decisions that repeat the stored ones. An item the rules refuse rolls
 * the region's unit of work back; the region is then run again without it, so every other item
 * still lands and the refusal is reported with its path.
 */
@Service
public class BulkSubmissionService {

  private static final Logger log = LoggerFactory.getLogger(BulkSubmissionService.class);

  private final CommandDispatcher dispatcher;
  private final AwardReads reads;
  private final AwardLookup lookup;
  private final ProgrammeCatalog programmes;
  private final RegionCatalog regionCatalog;
  private final TransactionManager transactions;
  private final Clock clock;
  private final BulkTranslator translator;
  private final int concurrency;

  public BulkSubmissionService(
      CommandDispatcher dispatcher,
      AwardReads reads,
      AwardLookup lookup,
      ProgrammeCatalog programmes,
      RegionCatalog regionCatalog,
      TransactionManager transactions,
      Clock clock,
      JsonMapper json,
      @Value("${inovik.award.bulk-concurrency:4}") int concurrency) {
    this.dispatcher = dispatcher;
    this.reads = reads;
    this.lookup = lookup;
    this.programmes = programmes;
    this.regionCatalog = regionCatalog;
    this.transactions = transactions;
    this.clock = clock;
    this.translator = new BulkTranslator(json);
    this.concurrency = Math.max(1, concurrency);
  }

  /** Who records the file's validations, from the request. */
  public record Validator(String name, ValidatorRole role) {}

  /**
   * Loads {@code document} into the edition.
   *
   * @param validator who records the file's validations, or null when the request names nobody
   * @throws InvalidAwardInputException when the document cannot be read (nothing is written)
   * @throws AwardNotFoundException when the edition does not exist
   * @throws AwardConflictException when the edition takes no claims at all (jury only)
   */
  public BulkReport load(String editionId, JsonNode document, Validator validator) {
    EditionState edition =
        lookup
            .edition(editionId)
            .orElseThrow(() -> new AwardNotFoundException("No edition " + editionId));
    if (edition.rubricEdition() == null) {
      throw new AwardConflictException(
          "no-rubric", null, editionId + " is judged by a jury only; it takes no indicator claims");
    }
    List<BulkPlan.Region> plans = translator.translate(document, edition.rubricEdition());
    Programme programme = programmes.find(edition.programme()).orElseThrow();
    boolean measurementOpen = edition.isOpen(programme.next(programme.collectionStage()));
    if (measurementOpen
        && (validator == null || validator.role() == null || validator.name() == null)
        && plans.stream().anyMatch(p -> !p.decisions().isEmpty())) {
      throw new InvalidAwardInputException(
          List.of(
              new FieldViolation(
                  "validator",
                  "the file holds validations and measurement is open: name who records them"
                      + " with the query parameters validator and role (VERIFIER or"
                      + " QUALITY_CONTROL)")));
    }
    Context context =
        new Context(
            editionId,
            programme,
            RubricCatalogue.edition(edition.rubricEdition()),
            Innovation.today(clock),
            validator);
    List<RegionReport> reports = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    try (ExecutorService workers = Executors.newFixedThreadPool(concurrency)) {
      List<Future<RegionOutcome>> outcomes = new ArrayList<>();
      for (BulkPlan.Region plan : plans) {
        outcomes.add(workers.submit(() -> region(context, plan)));
      }
      for (int i = 0; i < outcomes.size(); i++) {
        RegionOutcome outcome = outcome(outcomes.get(i), plans.get(i), editionId);
        reports.add(outcome.report());
        refused.addAll(outcome.refused());
      }
    }
    return BulkReport.of(editionId, reports, refused);
  }

  private static RegionOutcome outcome(
      Future<RegionOutcome> future, BulkPlan.Region plan, String editionId) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading " + plan.path(), e);
    } catch (ExecutionException e) {
      log.warn("Bulk submission of {} failed", plan.path(), e.getCause());
      return failed(plan, editionId, e.getCause());
    }
  }

  private static RegionOutcome failed(BulkPlan.Region plan, String editionId, Throwable error) {
    return new RegionOutcome(
        new RegionReport(
            plan.path(),
            plan.regionCode(),
            EditionIds.submission(plan.regionCode(), editionId),
            0,
            0,
            plan.parts().size(),
            0,
            0,
            plan.decisions().size(),
            plan.decisions().isEmpty() ? "none" : "refused",
            null,
            null),
        List.of(new Refusal(plan.path(), "could not be stored: " + error.getMessage(), "error")));
  }

  private record Context(
      String editionId,
      Programme programme,
      Edition rubric,
      LocalDate today,
      Validator validator) {}

  private record RegionOutcome(RegionReport report, List<Refusal> refused) {}

  /** Refusals found while a region's unit of work ran; it is rolled back and run again. */
  private static final class Retry extends RuntimeException {
    private final List<Refusal> refusals;
    private final Set<String> excluded;

    Retry(List<Refusal> refusals, Set<String> excluded) {
      super(null, null, false, false);
      this.refusals = refusals;
      this.excluded = excluded;
    }
  }

  /** Counts of one attempt. */
  private static final class Counts {
    int partsWritten;
    int partsUnchanged;
    int decisionsRecorded;
    int decisionsUnchanged;
    String validation = "none";
    Long versionBefore;
    Long version;
  }

  private RegionOutcome region(Context context, BulkPlan.Region plan) {
    String id = EditionIds.submission(plan.regionCode(), context.editionId());
    List<Refusal> refused = new ArrayList<>(plan.refused());
    Set<String> excluded = new HashSet<>();
    if (regionCatalog.find(plan.regionCode()).isEmpty()) {
      plan.parts().forEach(p -> excluded.add(p.path()));
      plan.decisions().forEach(d -> excluded.add(d.path()));
      refused.add(
          new Refusal(
              plan.path() + ".code",
              "is not a known province, kabupaten or kota code",
              "invalid-input"));
      return outcome(plan, id, new Counts(), refused, excluded);
    }
    precheck(context, plan, refused, excluded);
    int conflicts = 0;
    // at most one retry per item, plus the first run
    int attempts = plan.parts().size() + plan.decisions().size() + 2;
    for (int attempt = 0; attempt < attempts; attempt++) {
      DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
      unitOfWork.attachTransaction(transactions);
      var result = unitOfWork.executeWithResult(() -> attempt(context, plan, id, excluded));
      if (!result.isExceptional()) {
        return outcome(plan, id, result.getPayload(), refused, excluded);
      }
      Throwable error = result.exceptionResult();
      if (error instanceof Retry retry) {
        refused.addAll(retry.refusals);
        excluded.addAll(retry.excluded);
      } else if (error instanceof ConcurrencyException && conflicts++ < 3) {
        attempt--; // someone else wrote the region meanwhile: run it again on the new state
      } else {
        log.warn("Bulk submission of {} failed", plan.path(), error);
        RegionOutcome failed = failed(plan, context.editionId(), error);
        refused.addAll(failed.refused());
        return new RegionOutcome(failed.report(), refused);
      }
    }
    throw new IllegalStateException("region " + plan.path() + " did not settle");
  }

  private static RegionOutcome outcome(
      BulkPlan.Region plan, String id, Counts c, List<Refusal> refused, Set<String> excluded) {
    int partsRefused = (int) plan.parts().stream().filter(p -> excluded.contains(p.path())).count();
    int decisionsRefused =
        (int) plan.decisions().stream().filter(d -> excluded.contains(d.path())).count();
    return new RegionOutcome(
        new RegionReport(
            plan.path(),
            plan.regionCode(),
            id,
            c.partsWritten,
            c.partsUnchanged,
            partsRefused,
            c.decisionsRecorded,
            c.decisionsUnchanged,
            decisionsRefused,
            c.validation,
            c.versionBefore,
            c.version),
        refused);
  }

  /**
   * Refuses, without sending anything, the parts whose answer does not depend on the stored
   * submission: an innovation that is not registered or is another region's, and claims that break
   * the rubric. The reasons are the fine-grained endpoint's.
   */
  private void precheck(
      Context context, BulkPlan.Region plan, List<Refusal> refused, Set<String> excluded) {
    for (BulkPlan.Part part : plan.parts()) {
      if (part.innovationId() != null) {
        Optional<String> owner = lookup.regionOfInnovation(part.innovationId());
        if (owner.isEmpty()) {
          refuse(refused, excluded, part, part.path() + ".id", "is not a registered innovation");
          continue;
        }
        if (!owner.get().equals(plan.regionCode())) {
          refuse(
              refused,
              excluded,
              part,
              part.path() + ".id",
              "belongs to region " + owner.get() + ", not to " + plan.regionCode());
          continue;
        }
      }
      List<FieldViolation> v = new ArrayList<>();
      ClaimRules.check(
          v,
          part.claims(),
          part.innovationId() == null ? Aspect.SPD : Aspect.SID,
          context.rubric(),
          context.today());
      if (!v.isEmpty()) {
        excluded.add(part.path());
        v.forEach(x -> refused.add(claimRefusal(part, x, "invalid-input")));
      }
    }
  }

  private static void refuse(
      List<Refusal> refused, Set<String> excluded, BulkPlan.Part part, String field, String why) {
    excluded.add(part.path());
    refused.add(new Refusal(field, why, "invalid-input"));
  }

  /** A claim rule's violation ({@code claims.16.evidence[0].title}) at its place in the file. */
  static Refusal claimRefusal(BulkPlan.Part part, FieldViolation v, String code) {
    String field = v.field();
    if (field.startsWith("claims")) {
      field = part.claimsPath() + field.substring("claims".length());
      field = field.replace(".benefitBasis", ".basis");
    } else if (field.equals("innovationId")) {
      field = part.path() + ".id";
    } else {
      field = part.path() + "." + field;
    }
    return new Refusal(field, v.reason(), code);
  }

  /** One run of a region in the current unit of work; throws {@link Retry} on a refusal. */
  private Counts attempt(Context context, BulkPlan.Region plan, String id, Set<String> excluded) {
    Counts counts = new Counts();
    boolean existed = reads.exists(id);
    Map<ClaimKey, ClaimState> stored =
        existed ? reads.submission(id, s -> new LinkedHashMap<>(s.claims())) : Map.of();
    counts.versionBefore = existed ? reads.submission(id, Submission::version) : null;
    List<BulkPlan.Part> changed = new ArrayList<>();
    for (BulkPlan.Part part : plan.parts()) {
      if (excluded.contains(part.path())) {
        continue;
      }
      if (unchanged(context, part, stored)) {
        counts.partsUnchanged++;
      } else {
        changed.add(part);
      }
    }
    for (BulkPlan.Part part : changed) {
      try {
        dispatcher.send(command(context, plan, id, part));
        counts.partsWritten++;
      } catch (AwardConflictException e) {
        // the collection is not open: every changed part is refused for the same reason
        List<Refusal> refusals = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (BulkPlan.Part p : changed) {
          refusals.add(new Refusal(p.path(), e.getMessage(), e.code()));
          paths.add(p.path());
        }
        throw new Retry(refusals, paths);
      } catch (InvalidAwardInputException e) {
        throw new Retry(
            e.violations().stream().map(v -> claimRefusal(part, v, "invalid-input")).toList(),
            Set.of(part.path()));
      }
    }
    boolean exists = existed || counts.partsWritten > 0;
    decide(context, plan, id, exists, excluded, counts);
    counts.version = exists ? reads.submission(id, Submission::version) : null;
    return counts;
  }

  /** True when every claim of the part, as the rules normalise it, is already stored as is. */
  private static boolean unchanged(
      Context context, BulkPlan.Part part, Map<ClaimKey, ClaimState> stored) {
    if (stored.isEmpty()) {
      return false;
    }
    List<FieldViolation> v = new ArrayList<>();
    List<IndicatorClaim> checked =
        ClaimRules.check(
            v,
            part.claims(),
            part.innovationId() == null ? Aspect.SPD : Aspect.SID,
            context.rubric(),
            context.today());
    if (!v.isEmpty()) {
      return false;
    }
    for (IndicatorClaim c : checked) {
      ClaimState current = stored.get(new ClaimKey(part.innovationId(), c.indicator()));
      if (current == null || !current.claim().equals(c)) {
        return false;
      }
    }
    return true;
  }

  private static Object command(
      Context context, BulkPlan.Region plan, String id, BulkPlan.Part part) {
    return part.innovationId() == null
        ? new ClaimSpdCommand(id, null, context.editionId(), plan.regionCode(), part.claims())
        : new ClaimInnovationCommand(
            id, null, context.editionId(), plan.regionCode(), part.innovationId(), part.claims());
  }

  /** Records the region's validations when measurement is open. */
  private void decide(
      Context context,
      BulkPlan.Region plan,
      String id,
      boolean exists,
      Set<String> excluded,
      Counts counts) {
    List<BulkPlan.Decision> wanted =
        plan.decisions().stream().filter(d -> !excluded.contains(d.path())).toList();
    if (plan.decisions().isEmpty()) {
      return;
    }
    if (wanted.isEmpty()) {
      counts.validation = "refused";
      return;
    }
    Optional<EditionState> edition = lookup.edition(context.editionId());
    AwardStage collection = context.programme().collectionStage();
    AwardStage measurement = context.programme().next(collection);
    EditionState state = edition.orElseThrow();
    if (state.stage() == null || state.stage() == collection) {
      counts.validation = "deferred";
      return;
    }
    if (!state.isOpen(measurement)) {
      String stage = state.stage().slug() + (state.stageOpen() ? ":open" : ":closed");
      throw new Retry(
          List.of(
              new Refusal(
                  plan.path(),
                  "its "
                      + wanted.size()
                      + " validation(s) were not recorded: claims are validated while "
                      + measurement.slug()
                      + " is open in "
                      + context.editionId()
                      + " (now "
                      + stage
                      + ")",
                  "measurement-not-open")),
          paths(wanted));
    }
    Map<String, ClaimState> claims =
        exists ? reads.submission(id, s -> byRow(s.claims())) : Map.of();
    ValidatorRole role = context.validator().role();
    List<BulkPlan.Decision> sent = new ArrayList<>();
    List<ValidationDecision> decisions = new ArrayList<>();
    List<Refusal> missing = new ArrayList<>();
    for (BulkPlan.Decision d : wanted) {
      ClaimState state1 = claims.get(row(d.innovationId(), d.indicator()));
      if (state1 == null) {
        missing.add(new Refusal(d.path(), "has no stored claim to validate", "invalid-input"));
        continue;
      }
      ValidationDecision decision = decision(d, state1, role);
      if (decision == null) {
        counts.decisionsUnchanged++;
      } else {
        sent.add(d);
        decisions.add(decision);
      }
    }
    if (!missing.isEmpty()) {
      throw new Retry(missing, new HashSet<>(missing.stream().map(Refusal::field).toList()));
    }
    counts.validation = "applied";
    if (decisions.isEmpty()) {
      return;
    }
    try {
      dispatcher.send(
          new ValidateClaimsCommand(id, null, context.validator().name(), role, decisions));
      counts.decisionsRecorded += decisions.size();
    } catch (InvalidAwardInputException e) {
      List<Refusal> refusals = new ArrayList<>();
      Set<String> paths = new HashSet<>();
      for (FieldViolation v : e.violations()) {
        int k = indexOf(v.field());
        if (k >= 0 && k < sent.size()) {
          String rest = v.field().substring(v.field().indexOf(']') + 1);
          refusals.add(new Refusal(sent.get(k).path() + rest, v.reason(), "invalid-input"));
          paths.add(sent.get(k).path());
        } else {
          refusals.add(new Refusal(plan.path(), v.field() + " " + v.reason(), "invalid-input"));
          paths.addAll(paths(sent));
        }
      }
      throw new Retry(refusals, paths);
    } catch (AwardConflictException e) {
      throw new Retry(List.of(new Refusal(plan.path(), e.getMessage(), e.code())), paths(wanted));
    }
  }

  private static Set<String> paths(List<BulkPlan.Decision> decisions) {
    Set<String> paths = new HashSet<>();
    decisions.forEach(d -> paths.add(d.path()));
    return paths;
  }

  /** {@code k} of {@code decisions[k]...}, else -1. */
  private static int indexOf(String field) {
    if (!field.startsWith("decisions[")) {
      return -1;
    }
    try {
      return Integer.parseInt(field.substring("decisions[".length(), field.indexOf(']')));
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /** The stored claims by innovation and lower-case indicator, for finding a decision's claim. */
  private static Map<String, ClaimState> byRow(Map<ClaimKey, ClaimState> claims) {
    Map<String, ClaimState> rows = new HashMap<>();
    claims.forEach((k, v) -> rows.put(row(k.innovationId(), k.indicator()), v));
    return rows;
  }

  private static String row(String innovationId, String indicator) {
    return innovationId + "|" + indicator.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The decision to send for a validation in the file, or null when the stored decision of this
   * role already says the same. Quality control's validation that agrees with the verifier's
   * decision is a confirmation; one that differs overrides it.
   */
  static ValidationDecision decision(BulkPlan.Decision d, ClaimState state, ValidatorRole role) {
    Submission.Decision current =
        role == ValidatorRole.VERIFIER ? state.verifier() : state.qualityControl();
    int option = d.outcome() == ValidationOutcome.ACCEPTED ? state.claim().option() : d.option();
    if (role == ValidatorRole.QUALITY_CONTROL
        && state.verifier() != null
        && state.verifier().outcome() == d.outcome()
        && state.verifier().option() == option) {
      if (current != null
          && current.outcome() == ValidationOutcome.CONFIRMED
          && Objects.equals(current.note(), d.note())) {
        return null;
      }
      return new ValidationDecision(
          d.innovationId(), d.indicator(), ValidationOutcome.CONFIRMED, null, d.note());
    }
    if (current != null
        && current.outcome() == d.outcome()
        && current.option() == option
        && Objects.equals(current.note(), d.note())) {
      return null;
    }
    return new ValidationDecision(
        d.innovationId(),
        d.indicator(),
        d.outcome(),
        d.outcome() == ValidationOutcome.DOWNGRADED ? Integer.valueOf(d.option()) : null,
        d.note());
  }
}
