package id.inovik.command.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty database on the real PostgreSQL server (127.0.0.1:5432 by default; override with
 * INOVIK_TEST_PG_HOST / INOVIK_TEST_PG_PORT / INOVIK_TEST_PG_USER), dropped when closed.
 */
public final class PostgresTestDatabase implements AutoCloseable {

  private static final String HOST = env("INOVIK_TEST_PG_HOST", "127.0.0.1");
  private static final String PORT = env("INOVIK_TEST_PG_PORT", "5432");
  private static final String USER = env("INOVIK_TEST_PG_USER", "postgres");

  private final String name;

  private PostgresTestDatabase(String name) {
    this.name = name;
  }

  public static PostgresTestDatabase create() {
    String name = "inovik_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin("CREATE DATABASE " + name);
    return new PostgresTestDatabase(name);
  }

  public String url() {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
  }

  public String user() {
    return USER;
  }

  @Override
  public void close() {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String sql) {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is needed for this test at "
              + HOST
              + ":"
              + PORT
              + " ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  private static String env(String key, String fallback) {
    String v = System.getenv(key);
    return v == null || v.isBlank() ? fallback : v;
  }
}
