package id.inovik.command.support;

import id.inovik.testservers.PostgresServer;
import id.inovik.testservers.TestServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty database on the test PostgreSQL server ({@link TestServers#postgres()}: a
 * container, or this machine's server on 127.0.0.1:5432), dropped when closed.
 */
public final class PostgresTestDatabase implements AutoCloseable {

  private final PostgresServer server;
  private final String name;

  private PostgresTestDatabase(PostgresServer server, String name) {
    this.server = server;
    this.name = name;
  }

  public static PostgresTestDatabase create() {
    PostgresServer server = TestServers.postgres();
    String name = "inovik_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin(server, "CREATE DATABASE " + name);
    return new PostgresTestDatabase(server, name);
  }

  public String url() {
    return server.jdbcUrl(name);
  }

  public String user() {
    return server.user();
  }

  public String password() {
    return server.password();
  }

  @Override
  public void close() {
    admin(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(PostgresServer server, String sql) {
    try (Connection c =
            DriverManager.getConnection(
                server.jdbcUrl("postgres"), server.user(), server.password());
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is needed for this test at "
              + server.host()
              + ":"
              + server.port()
              + " ("
              + e.getMessage()
              + ")",
          e);
    }
  }
}
