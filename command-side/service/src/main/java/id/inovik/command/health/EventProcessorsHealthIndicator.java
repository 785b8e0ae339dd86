package id.inovik.command.health;

import id.inovik.command.publish.PublicationAudit;
import id.inovik.command.publish.PublicationProgress;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * State of every Axon streaming processor (health component {@code eventProcessors}): DOWN when a
 * processor is not running or any segment is in error, with the error, position and, for the Kafka
 * publisher, the lag behind the event store and the last pass of the publication audit (how far the
 * store is checked, how many indexes are still awaited, the audit's last error).
 */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

  private final EventProcessingConfiguration processing;
  private final PublicationProgress publication;
  private final PublicationAudit audit;

  EventProcessorsHealthIndicator(
      EventProcessingConfiguration processing,
      PublicationProgress publication,
      PublicationAudit audit) {
    this.processing = processing;
    this.publication = publication;
    this.audit = audit;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    boolean healthy = true;
    Map<String, Object> details = new LinkedHashMap<>();
    for (StreamingEventProcessor processor :
        processing.eventProcessors().values().stream()
            .filter(StreamingEventProcessor.class::isInstance)
            .map(StreamingEventProcessor.class::cast)
            .toList()) {
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("running", processor.isRunning());
      info.put("error", processor.isError());
      Map<String, Object> segments = new LinkedHashMap<>();
      for (Map.Entry<Integer, EventTrackerStatus> e : processor.processingStatus().entrySet()) {
        EventTrackerStatus s = e.getValue();
        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("position", s.getCurrentPosition().orElse(-1));
        segment.put("caughtUp", s.isCaughtUp());
        segment.put("replaying", s.isReplaying());
        if (s.isErrorState()) {
          segment.put("error", String.valueOf(s.getError()));
          healthy = false;
        }
        segments.put(String.valueOf(e.getKey()), segment);
      }
      info.put("segments", segments);
      if (!processor.isRunning() || processor.isError()) {
        healthy = false;
      }
      details.put(processor.getName(), info);
    }
    details.put("publisherLagEvents", (long) publication.lagEvents());
    if (publication.lastError() != null) {
      details.put("publisherLastError", publication.lastError());
    }
    PublicationAudit.Pass pass = audit.lastPass();
    if (pass != null) {
      details.put("auditCheckedUpTo", pass.checkedUpTo());
      details.put("auditWaiting", pass.waiting());
    }
    if (audit.lastError() != null) {
      details.put("auditLastError", audit.lastError());
    }
    (healthy ? builder.up() : builder.down()).withDetails(details);
  }
}
