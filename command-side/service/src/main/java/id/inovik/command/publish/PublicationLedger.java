package id.inovik.command.publish;

import id.inovik.command.config.EventStoreSchema;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which global indexes of the event store have been acknowledged by Kafka, kept in the event
 * store's own database as runs of consecutive indexes ({@code inovik_published_range}), plus the
 * audit's watermark ({@code inovik_publication_audit}): every index at or below it is known to be
 * published, not publishable, or never filled.
 *
 * <p>The live publisher writes its runs in the transaction that stores its tracking token, so the
 * ledger and the token never disagree; the audit writes the runs of what it published late. Runs at
 * or below the watermark are deleted, so the table stays small.
 */
@Component
public class PublicationLedger {

  /** A run of consecutive published indexes. */
  record Run(long first, long last) {
    boolean covers(long index) {
      return first <= index && index <= last;
    }
  }

  private final JdbcTemplate jdbc;

  /**
   * Starts the audit's watermark of a store that has none: at 0 for a new store, at the newest
   * event for a store whose events were published before the ledger existed (they are not audited
   * again).
   */
  public PublicationLedger(JdbcTemplate jdbc, EventStoreSchema schema) {
    this.jdbc = jdbc;
    try {
      jdbc.update(
          "INSERT INTO inovik_publication_audit (processor, checked_up_to)"
              + " SELECT ?, COALESCE(MAX(globalIndex), ?) FROM DomainEventEntry"
              + " WHERE NOT EXISTS (SELECT 1 FROM inovik_publication_audit WHERE processor = ?)",
          KafkaEventPublisher.PROCESSING_GROUP,
          schema.lowestGlobalIndex() - 1,
          KafkaEventPublisher.PROCESSING_GROUP);
    } catch (DuplicateKeyException e) {
      // another instance started the watermark at the same moment
    }
  }

  /** Records the given indexes (any order, repeats allowed) as published. */
  public void recordPublished(List<Long> indexes) {
    List<Run> runs = runs(indexes);
    if (runs.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        "INSERT INTO inovik_published_range (first_index, last_index) VALUES (?, ?)",
        runs.stream().map(r -> new Object[] {r.first(), r.last()}).toList());
  }

  /** Published runs that reach above {@code after} and start at or below {@code upTo}. */
  List<Run> runsBetween(long after, long upTo) {
    return jdbc.query(
        "SELECT first_index, last_index FROM inovik_published_range"
            + " WHERE last_index > ? AND first_index <= ? ORDER BY first_index",
        (rs, i) -> new Run(rs.getLong(1), rs.getLong(2)),
        after,
        upTo);
  }

  /** The audit's watermark, locked until the caller's transaction ends. */
  long lockWatermark(String processor) {
    return jdbc.queryForObject(
        "SELECT checked_up_to FROM inovik_publication_audit WHERE processor = ? FOR UPDATE",
        Long.class,
        processor);
  }

  /** Moves the watermark and forgets the runs it has passed. */
  void advanceWatermark(String processor, long checkedUpTo) {
    jdbc.update(
        "UPDATE inovik_publication_audit SET checked_up_to = ? WHERE processor = ?",
        checkedUpTo,
        processor);
    jdbc.update("DELETE FROM inovik_published_range WHERE last_index <= ?", checkedUpTo);
  }

  static List<Run> runs(List<Long> indexes) {
    List<Long> sorted = indexes.stream().filter(i -> i >= 0).sorted().distinct().toList();
    List<Run> runs = new ArrayList<>();
    long first = -1;
    long last = -1;
    for (long index : sorted) {
      if (first >= 0 && index == last + 1) {
        last = index;
        continue;
      }
      if (first >= 0) {
        runs.add(new Run(first, last));
      }
      first = index;
      last = index;
    }
    if (first >= 0) {
      runs.add(new Run(first, last));
    }
    return runs;
  }
}
