package id.inovik.command.publish;

import id.inovik.api.messaging.PublishedEvent;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * One aggregate's stored events as the envelopes the publisher puts on Kafka, for read models that
 * rebuild it from the source of truth.
 */
@Component
public class EventHistory {

  private final EventStore eventStore;
  private final EventEnvelopes envelopes;

  public EventHistory(EventStore eventStore, EventEnvelopes envelopes) {
    this.eventStore = eventStore;
    this.envelopes = envelopes;
  }

  /**
   * Every stored event of the aggregate in sequence order, from 0 (empty when there is none). The
   * global index is -1: reading one aggregate's stream does not give the position in the store.
   */
  public List<PublishedEvent> of(String aggregateId) {
    // From sequence 0 explicitly: readEvents(id) would start at a snapshot if one were stored.
    DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
    List<PublishedEvent> history = new ArrayList<>();
    while (stream.hasNext()) {
      DomainEventMessage<?> message = stream.next();
      history.add(envelopes.envelope(message, message.getSequenceNumber(), -1));
    }
    return history;
  }
}
