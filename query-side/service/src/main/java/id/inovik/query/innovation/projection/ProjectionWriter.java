package id.inovik.query.innovation.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.innovation.projection.ProjectionFailure.Reason;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies a batch of records to one index in two round trips: one {@code mget} of the current
 * documents, one {@code bulk} of the changed ones. Events at or below a document's {@code
 * lastSequence} are skipped, and each document is written with {@code version_type=external} and
 * version = last applied sequence + 1, so duplicates, replays and a racing writer change nothing.
 * Used by the live projection (index = alias) and by the rebuild (index = the new index).
 *
 * <p>The exception path: an innovation the batch cannot continue because the topic lacks some of
 * its events (a lifecycle event without a document, or a sequence gap) is rebuilt from its full
 * history in the command service ({@link InnovationHistoryRepair}) and written in the same bulk,
 * with the same external version rule. If the command service has no such innovation, or its
 * history cannot be applied, the records are dead-lettered as before; if it cannot be reached, the
 * batch fails and is retried.
 */
@Component
public class ProjectionWriter {

  private static final Logger log = LoggerFactory.getLogger(ProjectionWriter.class);

  private final ElasticsearchClient client;
  private final EventDecoder decoder;
  private final InnovationProjector projector;
  private final InnovationHistoryRepair repair;

  public ProjectionWriter(
      ElasticsearchClient client,
      EventDecoder decoder,
      InnovationProjector projector,
      InnovationHistoryRepair repair) {
    this.client = client;
    this.decoder = decoder;
    this.projector = projector;
    this.repair = repair;
  }

  /**
   * @return what was applied, which innovations were rebuilt from their history, and which records
   *     were rejected (rejections are final: retrying the same record gives the same answer)
   * @throws IOException or {@link TransientIndexException} when Elasticsearch could not take the
   *     batch, or {@link CommandServiceUnavailableException} when an innovation needed its history
   *     and the command service could not give it; nothing is lost by retrying the whole batch
   */
  public BatchOutcome write(List<SourceRecord> records, String index) throws IOException {
    List<ProjectionFailure> failures = new ArrayList<>();
    Map<String, List<DecodedEvent>> byInnovation = new LinkedHashMap<>();
    for (SourceRecord record : records) {
      try {
        DecodedEvent event = decoder.decode(record);
        byInnovation.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event);
      } catch (RejectedEventException e) {
        failures.add(new ProjectionFailure(record, e.reason(), e.getMessage()));
      }
    }
    if (byInnovation.isEmpty()) {
      return new BatchOutcome(List.of(), 0, failures, List.of());
    }
    Map<String, InnovationDocument> current = fetch(index, byInnovation.keySet());

    Fold fold = new Fold(failures);
    Map<String, Stuck> stuck = new LinkedHashMap<>();
    for (Map.Entry<String, List<DecodedEvent>> entry : byInnovation.entrySet()) {
      List<DecodedEvent> events = new ArrayList<>(entry.getValue());
      events.sort(Comparator.comparingLong(DecodedEvent::sequence));
      Stuck at = fold.apply(entry.getKey(), current.get(entry.getKey()), events, true);
      if (at != null) {
        stuck.put(entry.getKey(), at);
      }
    }
    Map<String, Repair> repairs = new LinkedHashMap<>();
    for (Map.Entry<String, Stuck> entry : stuck.entrySet()) {
      Repair done = repair(entry.getKey(), entry.getValue(), fold);
      if (done != null) {
        repairs.put(entry.getKey(), done);
      }
    }
    if (fold.changed.isEmpty()) {
      return new BatchOutcome(List.of(), fold.skipped, failures, List.of());
    }

    BulkResponse response = client.bulk(b -> b.operations(operations(index, fold.changed)));
    List<DecodedEvent> applied = new ArrayList<>();
    List<Repair> repaired = new ArrayList<>();
    for (BulkResponseItem item : response.items()) {
      List<DecodedEvent> events = fold.appliedBy.getOrDefault(item.id(), List.of());
      if (item.error() == null || "version_conflict_engine_exception".equals(item.error().type())) {
        // A conflict means a newer or equal version is stored already: the work is done.
        applied.addAll(events);
        Repair done = repairs.get(item.id());
        if (done != null) {
          repaired.add(done);
          log.warn(
              "Innovation {} rebuilt from its history in the command service ({} events, now at"
                  + " sequence {}): record {} was {}",
              done.innovationId(),
              done.historyEvents(),
              done.lastSequence(),
              done.record(),
              done.trigger().tag());
        }
      } else if (item.status() != 400) {
        // Not the document's fault (overload, write block, missing index, node trouble): retry.
        throw new TransientIndexException(
            "Elasticsearch could not index "
                + item.id()
                + " ("
                + item.status()
                + " "
                + item.error().type()
                + "): "
                + item.error().reason());
      } else {
        String reason = item.error().type() + ": " + item.error().reason();
        events.forEach(
            e -> failures.add(new ProjectionFailure(e.source(), Reason.REJECTED_BY_INDEX, reason)));
      }
    }
    return new BatchOutcome(applied, fold.skipped, failures, repaired);
  }

  /**
   * Rebuilds an innovation the batch could not continue from its history, then applies the batch's
   * events past the history's end (normally none: the history is read after the batch's events were
   * stored). Returns null if there is nothing to rebuild from; the stuck records are then failures
   * with their original reason.
   */
  private Repair repair(String id, Stuck stuck, Fold fold) {
    InnovationDocument rebuilt;
    try {
      rebuilt = repair.rebuild(id);
    } catch (HistoryNotFoundException e) {
      stuck.fail(fold.failures, e.getMessage());
      return null;
    } catch (RejectedEventException e) {
      stuck.fail(
          fold.failures,
          "its history from the command service cannot be applied either: " + e.getMessage());
      return null;
    }
    List<DecodedEvent> later = new ArrayList<>();
    long reflected = -1;
    for (DecodedEvent event : stuck.events()) {
      if (event.sequence() <= reflected) {
        fold.skipped++; // a duplicate within the batch
      } else if (event.sequence() <= rebuilt.lastSequence()) {
        fold.appliedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(event);
        reflected = event.sequence();
      } else {
        later.add(event);
      }
    }
    fold.changed.put(id, rebuilt);
    fold.apply(id, rebuilt, later, false);
    return new Repair(
        id,
        stuck.cause().reason(),
        stuck.events().getFirst().source().toString(),
        rebuilt.lastSequence() + 1,
        fold.changed.get(id).lastSequence());
  }

  /** Folds events into documents, collecting what changed; shared by both paths of a batch. */
  private final class Fold {
    final List<ProjectionFailure> failures;
    final Map<String, InnovationDocument> changed = new LinkedHashMap<>();
    final Map<String, List<DecodedEvent>> appliedBy = new HashMap<>();
    int skipped;

    Fold(List<ProjectionFailure> failures) {
      this.failures = failures;
    }

    /**
     * @param stopWhereEventsAreMissing true: return the events from the first one that cannot
     *     follow because earlier events are missing, instead of failing them
     * @return the events that cannot follow, or null
     */
    Stuck apply(
        String id,
        InnovationDocument doc,
        List<DecodedEvent> events,
        boolean stopWhereEventsAreMissing) {
      for (int i = 0; i < events.size(); i++) {
        DecodedEvent event = events.get(i);
        if (doc != null && event.sequence() <= doc.lastSequence()) {
          skipped++;
          continue;
        }
        try {
          doc = projector.apply(doc, event);
          changed.put(id, doc);
          appliedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(event);
        } catch (RejectedEventException e) {
          if (stopWhereEventsAreMissing && eventsMissingBefore(doc, event, e)) {
            return new Stuck(List.copyOf(events.subList(i, events.size())), e);
          }
          failures.add(new ProjectionFailure(event.source(), e.reason(), e.getMessage()));
        } catch (RuntimeException e) {
          failures.add(
              new ProjectionFailure(
                  event.source(), Reason.UNPARSEABLE, event.type() + " cannot be applied: " + e));
        }
      }
      return null;
    }
  }

  /** No document yet for a lifecycle event, or a gap: the topic lacks earlier events. */
  private static boolean eventsMissingBefore(
      InnovationDocument doc, DecodedEvent event, RejectedEventException e) {
    return switch (e.reason()) {
      case MISSING_DOCUMENT -> true;
      case OUT_OF_ORDER -> doc != null && event.sequence() > doc.lastSequence() + 1;
      default -> false;
    };
  }

  /** Events of one innovation that cannot follow its document, from the first such one on. */
  private record Stuck(List<DecodedEvent> events, RejectedEventException cause) {

    void fail(List<ProjectionFailure> failures, String why) {
      for (DecodedEvent event : events) {
        failures.add(
            new ProjectionFailure(event.source(), cause.reason(), cause.getMessage() + "; " + why));
      }
    }
  }

  private Map<String, InnovationDocument> fetch(String index, Iterable<String> ids)
      throws IOException {
    List<String> idList = new ArrayList<>();
    ids.forEach(idList::add);
    MgetResponse<InnovationDocument> response =
        client.mget(m -> m.index(index).ids(idList), InnovationDocument.class);
    Map<String, InnovationDocument> found = new HashMap<>();
    for (MultiGetResponseItem<InnovationDocument> item : response.docs()) {
      if (item.isFailure()) {
        throw new TransientIndexException(
            "mget failed for " + item.failure().id() + ": " + item.failure().error().reason());
      }
      if (item.result().found() && item.result().source() != null) {
        found.put(item.result().id(), item.result().source());
      }
    }
    return found;
  }

  private static List<BulkOperation> operations(
      String index, Map<String, InnovationDocument> changed) {
    return changed.values().stream()
        .map(
            doc ->
                BulkOperation.of(
                    o ->
                        o.index(
                            i ->
                                i.index(index)
                                    .id(doc.id())
                                    .document(doc)
                                    .version(doc.version())
                                    .versionType(VersionType.External))))
        .toList();
  }

  /**
   * @param applied events now reflected in the index, in batch order per innovation
   * @param skipped events ignored because the document already had them
   * @param failures records that can never be applied as they are
   * @param repairs innovations rebuilt from their history in the command service
   */
  public record BatchOutcome(
      List<DecodedEvent> applied,
      int skipped,
      List<ProjectionFailure> failures,
      List<Repair> repairs) {

    /** Store timestamp of the newest applied event, or null. */
    public Instant newestApplied() {
      return applied.stream()
          .map(DecodedEvent::timestamp)
          .max(Comparator.naturalOrder())
          .orElse(null);
    }
  }

  /**
   * An innovation rebuilt from its history.
   *
   * @param trigger why the batch could not continue it (missing document or a sequence gap)
   * @param record the first record that could not follow (topic-partition@offset)
   * @param historyEvents how many events the command service's history held
   * @param lastSequence the document's sequence after the rebuild and the batch's later events
   */
  public record Repair(
      String innovationId, Reason trigger, String record, long historyEvents, long lastSequence) {}
}
