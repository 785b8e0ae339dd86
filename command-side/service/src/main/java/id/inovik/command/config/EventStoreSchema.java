package id.inovik.command.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.axonframework.eventhandling.tokenstore.jdbc.GenericTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store's tables, created (if missing) before the storage engine is built, and the lowest
 * global index the store can hand out.
 *
 * <p>The storage engine must know that lowest index: when the first event it ever reads is above
 * it, the indexes below are tracked as gaps and an event committed late into one of them is still
 * read. If the engine expects 1 while the store starts at 0, an event at 0 that commits after index
 * 1 is skipped for good (docs/adr/0009). So the value is read from the database's own catalogue
 * rather than assumed: new stores start at 1 on PostgreSQL and H2 alike, and an empty embedded
 * store created by an earlier version (identity starting at 0) is moved to 1.
 *
 * <p>Also creates the publisher's ledger tables (see {@code PublicationLedger}).
 */
public final class EventStoreSchema {

  private static final Logger log = LoggerFactory.getLogger(EventStoreSchema.class);
  private static final EventSchema EVENTS = EventSchema.builder().build();

  private final boolean postgres;
  private final long lowestGlobalIndex;

  private EventStoreSchema(boolean postgres, long lowestGlobalIndex) {
    this.postgres = postgres;
    this.lowestGlobalIndex = lowestGlobalIndex;
  }

  /** Creates whatever table is missing and reads the store's lowest global index. */
  public static EventStoreSchema create(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      boolean postgres =
          c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
      EventTableFactory events =
          postgres ? PostgresEventTableFactory.INSTANCE : H2EventTableFactory.INSTANCE;
      TokenTableFactory tokens =
          postgres ? PostgresTokenTableFactory.INSTANCE : GenericTokenTableFactory.INSTANCE;
      run(events.createDomainEventTable(c, EVENTS));
      run(events.createSnapshotEventTable(c, EVENTS));
      run(tokens.createTable(c, TokenSchema.builder().build()));
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE IF NOT EXISTS inovik_published_range ("
                + "first_index BIGINT NOT NULL, last_index BIGINT NOT NULL)");
        s.execute(
            "CREATE INDEX IF NOT EXISTS inovik_published_range_last"
                + " ON inovik_published_range (last_index)");
        s.execute(
            "CREATE TABLE IF NOT EXISTS inovik_publication_audit ("
                + "processor VARCHAR(64) NOT NULL PRIMARY KEY, checked_up_to BIGINT NOT NULL)");
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
      long lowest = lowestGlobalIndex(c, postgres);
      log.info(
          "Event store schema ready ({}; global index starts at {})",
          postgres ? "PostgreSQL" : "embedded H2",
          lowest);
      return new EventStoreSchema(postgres, lowest);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the event store database: " + e, e);
    }
  }

  public boolean postgres() {
    return postgres;
  }

  /** The lowest global index an event of this store can have. */
  public long lowestGlobalIndex() {
    return lowestGlobalIndex;
  }

  /**
   * The identity's start value from the catalogue. The engine takes only positive values; a store
   * made by an earlier version whose identity starts at 0 is restarted at 1 while it is still empty
   * (once it holds events, index 0 is either committed or never will be).
   */
  private static long lowestGlobalIndex(Connection c, boolean postgres) throws SQLException {
    String identityStart =
        postgres
            ? "SELECT s.seqstart FROM pg_sequence s WHERE s.seqrelid ="
                + " pg_get_serial_sequence('domainevententry', 'globalindex')::regclass"
            : "SELECT identity_start FROM information_schema.columns"
                + " WHERE UPPER(table_name) = 'DOMAINEVENTENTRY'"
                + " AND UPPER(column_name) = 'GLOBALINDEX'";
    long start = 1;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(identityStart)) {
      if (rs.next() && rs.getObject(1) != null) {
        start = rs.getLong(1);
      }
    }
    if (start < 1 && !postgres && isEmpty(c)) {
      try (Statement s = c.createStatement()) {
        s.execute("ALTER TABLE DomainEventEntry ALTER COLUMN globalIndex RESTART WITH 1");
      }
      log.info("Empty embedded event store from an earlier version: global index restarts at 1");
    }
    return Math.max(1, start);
  }

  private static boolean isEmpty(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1 FROM DomainEventEntry LIMIT 1")) {
      return !rs.next();
    }
  }

  private static void run(PreparedStatement statement) throws SQLException {
    try (statement) {
      statement.executeUpdate();
    }
  }
}
