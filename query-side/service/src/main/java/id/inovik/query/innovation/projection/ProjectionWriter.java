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
import org.springframework.stereotype.Component;

/**
 * Applies a batch of records to one index in two round trips: one {@code mget} of the current
 * documents, one {@code bulk} of the changed ones. Events at or below a document's {@code
 * lastSequence} are skipped, and each document is written with {@code version_type=external} and
 * version = last applied sequence + 1, so duplicates, replays and a racing writer change nothing.
 * Used by the live projection (index = alias) and by the rebuild (index = the new index).
 */
@Component
public class ProjectionWriter {

  private final ElasticsearchClient client;
  private final EventDecoder decoder;
  private final InnovationProjector projector;

  public ProjectionWriter(
      ElasticsearchClient client, EventDecoder decoder, InnovationProjector projector) {
    this.client = client;
    this.decoder = decoder;
    this.projector = projector;
  }

  /**
   * @return what was applied and which records were rejected (rejections are final: retrying the
   *     same record gives the same answer)
   * @throws IOException or {@link TransientIndexException} when Elasticsearch could not take the
   *     batch; nothing is lost by retrying the whole batch
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
      return new BatchOutcome(List.of(), 0, failures);
    }
    Map<String, InnovationDocument> current = fetch(index, byInnovation.keySet());

    Map<String, InnovationDocument> changed = new LinkedHashMap<>();
    Map<String, List<DecodedEvent>> appliedBy = new HashMap<>();
    int skipped = 0;
    for (Map.Entry<String, List<DecodedEvent>> entry : byInnovation.entrySet()) {
      InnovationDocument doc = current.get(entry.getKey());
      List<DecodedEvent> events = new ArrayList<>(entry.getValue());
      events.sort(Comparator.comparingLong(DecodedEvent::sequence));
      for (DecodedEvent event : events) {
        if (doc != null && event.sequence() <= doc.lastSequence()) {
          skipped++;
          continue;
        }
        try {
          doc = projector.apply(doc, event);
          changed.put(entry.getKey(), doc);
          appliedBy.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(event);
        } catch (RejectedEventException e) {
          failures.add(new ProjectionFailure(event.source(), e.reason(), e.getMessage()));
        } catch (RuntimeException e) {
          failures.add(
              new ProjectionFailure(
                  event.source(), Reason.UNPARSEABLE, event.type() + " cannot be applied: " + e));
        }
      }
    }
    if (changed.isEmpty()) {
      return new BatchOutcome(List.of(), skipped, failures);
    }

    BulkResponse response = client.bulk(b -> b.operations(operations(index, changed)));
    List<DecodedEvent> applied = new ArrayList<>();
    for (BulkResponseItem item : response.items()) {
      List<DecodedEvent> events = appliedBy.getOrDefault(item.id(), List.of());
      if (item.error() == null || "version_conflict_engine_exception".equals(item.error().type())) {
        // A conflict means a newer or equal version is stored already: the work is done.
        applied.addAll(events);
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
    return new BatchOutcome(applied, skipped, failures);
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
   */
  public record BatchOutcome(
      List<DecodedEvent> applied, int skipped, List<ProjectionFailure> failures) {

    /** Store timestamp of the newest applied event, or null. */
    public Instant newestApplied() {
      return applied.stream()
          .map(DecodedEvent::timestamp)
          .max(Comparator.naturalOrder())
          .orElse(null);
    }
  }
}
