package id.inovik.query.innovation.projection;

import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.innovation.projection.ProjectionFailure.Reason;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Rebuilds one innovation's document from its full history in the command service, folded through
 * the same {@link InnovationProjector} as the topic's events, so the result is the document the
 * topic would have given had it held every event. Writes nothing: {@link ProjectionWriter} writes
 * the result with the usual external version.
 */
@Component
public class InnovationHistoryRepair {

  private final InnovationHistoryClient client;
  private final EventDecoder decoder;
  private final InnovationProjector projector;

  public InnovationHistoryRepair(
      InnovationHistoryClient client, EventDecoder decoder, InnovationProjector projector) {
    this.client = client;
    this.decoder = decoder;
    this.projector = projector;
  }

  /**
   * @return the document after every event of the innovation's history
   * @throws HistoryNotFoundException the command service has no such innovation
   * @throws RejectedEventException the history cannot be applied (an event this service cannot
   *     read, another innovation's event, not consecutive from sequence 0)
   * @throws CommandServiceUnavailableException the history cannot be read for now
   */
  public InnovationDocument rebuild(String innovationId) throws HistoryNotFoundException {
    List<JsonNode> history = client.history(innovationId);
    if (history.isEmpty()) {
      throw new HistoryNotFoundException(
          "the command service answered an empty history for innovation " + innovationId);
    }
    String origin = "history " + client.historyUri(innovationId);
    InnovationDocument doc = null;
    for (int i = 0; i < history.size(); i++) {
      DecodedEvent event =
          decoder.decode(history.get(i), new SourceRecord(origin, 0, i, null, null));
      if (!innovationId.equals(event.aggregateId())) {
        throw new RejectedEventException(
            Reason.UNPARSEABLE,
            "event " + i + " of the history belongs to innovation " + event.aggregateId());
      }
      if (event.sequence() != i) {
        throw new RejectedEventException(
            Reason.OUT_OF_ORDER, "event " + i + " of the history has sequence " + event.sequence());
      }
      try {
        doc = projector.apply(doc, event);
      } catch (RejectedEventException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new RejectedEventException(
            Reason.UNPARSEABLE, event.type() + " of the history cannot be applied: " + e, e);
      }
    }
    return doc;
  }
}
