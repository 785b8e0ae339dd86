package id.inovik.query.innovation.projection;

import id.inovik.query.config.QueryProperties;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Measures {@code inovik.projection.lag.events}: the topic's end offsets minus the projection
 * group's committed offsets, summed over partitions, every {@code inovik.projection.lag-interval}.
 */
@Component
class ProjectionLagMonitor {

  private static final Logger log = LoggerFactory.getLogger(ProjectionLagMonitor.class);

  private final AdminClient admin;
  private final ProjectionStatus status;
  private final String topic;
  private final String groupId;

  ProjectionLagMonitor(AdminClient admin, ProjectionStatus status, QueryProperties properties) {
    this.admin = admin;
    this.status = status;
    this.topic = properties.topics().innovationEvents();
    this.groupId = properties.projection().groupId();
  }

  @Scheduled(initialDelayString = "1s", fixedDelayString = "${inovik.projection.lag-interval:10s}")
  void measure() {
    try {
      status.lagEvents(lag());
    } catch (Exception e) {
      log.debug("Could not measure projection lag: {}", e.toString());
    }
  }

  long lag() throws Exception {
    Map<String, TopicDescription> topics =
        admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    topics
        .get(topic)
        .partitions()
        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
    Map<TopicPartition, ListOffsetsResultInfo> ends =
        admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin
            .listConsumerGroupOffsets(groupId)
            .partitionsToOffsetAndMetadata()
            .get(5, TimeUnit.SECONDS);
    long lag = 0;
    for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : ends.entrySet()) {
      OffsetAndMetadata position = committed.get(end.getKey());
      lag += Math.max(0, end.getValue().offset() - (position == null ? 0 : position.offset()));
    }
    return lag;
  }
}
