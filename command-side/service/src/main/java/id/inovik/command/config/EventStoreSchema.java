package id.inovik.command.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.GenericTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the event, snapshot and token tables (if missing) once all beans exist and before any
 * event processor starts, for PostgreSQL or the embedded H2 default.
 */
@Component
class EventStoreSchema implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(EventStoreSchema.class);

  private final DataSource dataSource;
  private final EventStorageEngine engine;
  private final TokenStore tokenStore;

  EventStoreSchema(DataSource dataSource, EventStorageEngine engine, TokenStore tokenStore) {
    this.dataSource = dataSource;
    this.engine = engine;
    this.tokenStore = tokenStore;
  }

  @Override
  public void afterSingletonsInstantiated() {
    boolean postgres = isPostgres();
    if (engine instanceof JdbcEventStorageEngine jdbc) {
      jdbc.createSchema(
          postgres ? PostgresEventTableFactory.INSTANCE : H2EventTableFactory.INSTANCE);
    }
    if (tokenStore instanceof JdbcTokenStore jdbcTokens) {
      jdbcTokens.createSchema(
          postgres ? PostgresTokenTableFactory.INSTANCE : GenericTokenTableFactory.INSTANCE);
    }
    log.info("Event store schema ready ({})", postgres ? "PostgreSQL" : "embedded H2");
  }

  private boolean isPostgres() {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the event store database", e);
    }
  }
}
