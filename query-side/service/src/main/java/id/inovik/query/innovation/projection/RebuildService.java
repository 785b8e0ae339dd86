package id.inovik.query.innovation.projection;

import id.inovik.query.config.QueryProperties;
import id.inovik.query.innovation.index.InnovationIndex;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the innovations read model from the topic (which keeps every event: retention.ms=-1).
 *
 * <ol>
 *   <li>Create a fresh versioned index next to the live one.
 *   <li>Replay the topic from the beginning with a group-less consumer up to the end offsets taken
 *       at the start, while the live projection keeps serving and writing to the old index.
 *   <li>Stop the live listener (it commits what it processed), replay the few records that arrived
 *       meanwhile up to the new end offsets, swap the alias in one request and delete the old
 *       index.
 *   <li>Start the live listener again: it resumes from its committed offsets, and anything the
 *       rebuild already applied is skipped by sequence.
 * </ol>
 *
 * On failure the new index is deleted and the old one stays live. One rebuild at a time.
 */
@Service
public class RebuildService implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(RebuildService.class);
  private static final Duration POLL = Duration.ofMillis(500);

  private final InnovationIndex index;
  private final ProjectionWriter writer;
  private final ConsumerFactory<String, String> consumers;
  private final KafkaListenerEndpointRegistry listeners;
  private final ProjectionStatus projectionStatus;
  private final String topic;
  private final int batch;
  private final Clock clock = Clock.systemUTC();
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "innovation-rebuild"));
  private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());

  public RebuildService(
      InnovationIndex index,
      ProjectionWriter writer,
      ConsumerFactory<String, String> consumers,
      KafkaListenerEndpointRegistry listeners,
      ProjectionStatus projectionStatus,
      QueryProperties properties) {
    this.index = index;
    this.writer = writer;
    this.consumers = consumers;
    this.listeners = listeners;
    this.projectionStatus = projectionStatus;
    this.topic = properties.topics().innovationEvents();
    this.batch = properties.projection().rebuildBatch();
  }

  public RebuildStatus status() {
    return status.get();
  }

  /**
   * Starts a rebuild in the background.
   *
   * @return the status just after starting
   * @throws RebuildAlreadyRunningException if one is running
   */
  public RebuildStatus start() {
    RebuildStatus current = status.get();
    RebuildStatus running = RebuildStatus.running(clock.instant());
    if (current.state() == RebuildStatus.State.RUNNING || !status.compareAndSet(current, running)) {
      throw new RebuildAlreadyRunningException();
    }
    executor.execute(this::runAndRecord);
    return running;
  }

  /** Runs a rebuild in the calling thread (tests, or an operator's script). */
  public RebuildStatus rebuildNow() {
    RebuildStatus current = status.get();
    if (current.state() == RebuildStatus.State.RUNNING
        || !status.compareAndSet(current, RebuildStatus.running(clock.instant()))) {
      throw new RebuildAlreadyRunningException();
    }
    return runAndRecord();
  }

  private RebuildStatus runAndRecord() {
    Instant started = status.get().startedAt();
    RebuildStatus result;
    try {
      result = run(started);
    } catch (Exception e) {
      log.error("Rebuild of {} failed; the previous index stays live", index.alias(), e);
      result = RebuildStatus.failed(started, clock.instant(), e.toString());
    }
    status.set(result);
    return result;
  }

  private RebuildStatus run(Instant started) throws IOException {
    String oldIndex =
        index
            .currentIndex()
            .orElseThrow(() -> new IllegalStateException("alias " + index.alias() + " is missing"));
    String newIndex = index.createNextIndex();
    log.info("Rebuilding {} into {} from topic {}", index.alias(), newIndex, topic);
    Progress progress = new Progress();
    Properties overrides = new Properties();
    overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(batch));
    overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (Consumer<String, String> consumer =
        consumers.createConsumer(null, "inovik-rebuild", null, overrides)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
        partitions.add(new TopicPartition(topic, p.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      replay(consumer, consumer.endOffsets(partitions), newIndex, progress);

      MessageListenerContainer live =
          listeners.getListenerContainer(InnovationProjectionListener.ID);
      boolean wasRunning = live != null && live.isRunning();
      if (wasRunning) {
        live.stop();
      }
      try {
        replay(consumer, consumer.endOffsets(partitions), newIndex, progress);
        index.refresh(newIndex);
        index.swapAlias(oldIndex, newIndex);
      } finally {
        if (wasRunning) {
          live.start();
        }
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(newIndex);
      throw e;
    }
    log.info(
        "Rebuild done: {} records, {} events applied, {} innovations rebuilt from their history,"
            + " {} rejected; alias {} now on {}",
        progress.records,
        progress.applied,
        progress.repairs,
        progress.failures.size(),
        index.alias(),
        newIndex);
    return RebuildStatus.done(
        started,
        clock.instant(),
        newIndex,
        progress.records,
        progress.applied,
        progress.failures.stream().map(f -> f.source() + " " + f.reason().tag()).toList());
  }

  private void replay(
      Consumer<String, String> consumer,
      Map<TopicPartition, Long> end,
      String target,
      Progress progress)
      throws IOException {
    while (!reached(consumer, end)) {
      ConsumerRecords<String, String> records = consumer.poll(POLL);
      if (records.isEmpty()) {
        continue;
      }
      List<SourceRecord> batchRecords = new ArrayList<>(records.count());
      for (ConsumerRecord<String, String> record : records) {
        batchRecords.add(SourceRecord.of(record));
      }
      ProjectionWriter.BatchOutcome outcome = writer.write(batchRecords, target);
      progress.records += batchRecords.size();
      progress.applied += outcome.applied().size();
      progress.repairs += outcome.repairs().size();
      projectionStatus.repaired(outcome.repairs());
      for (ProjectionFailure failure : outcome.failures()) {
        // Already dead-lettered by the live projection when it first met the record.
        log.error(
            "Rebuild skipped record {} ({}): {}",
            failure.source(),
            failure.reason().tag(),
            failure.message());
        progress.failures.add(failure);
      }
    }
  }

  private static boolean reached(Consumer<String, String> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  private void deleteQuietly(String name) {
    try {
      index.delete(name);
    } catch (Exception e) {
      log.warn("Could not delete the unfinished index {}: {}", name, e.toString());
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }

  private static final class Progress {
    long records;
    long applied;
    long repairs;
    final List<ProjectionFailure> failures = new ArrayList<>();
  }
}
