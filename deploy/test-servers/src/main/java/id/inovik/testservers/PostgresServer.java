package id.inovik.testservers;

/**
 * A PostgreSQL server and a user that may create databases.
 *
 * @param host host name or address
 * @param port port
 * @param user a user that may create and drop databases
 * @param password its password ({@code ""} for none)
 */
public record PostgresServer(String host, int port, String user, String password) {

  /**
   * This machine's server: 127.0.0.1:5432 as user postgres without password, or what
   * INOVIK_TEST_PG_HOST / INOVIK_TEST_PG_PORT / INOVIK_TEST_PG_USER / INOVIK_TEST_PG_PASSWORD say.
   */
  static PostgresServer local() {
    return new PostgresServer(
        env("INOVIK_TEST_PG_HOST", "127.0.0.1"),
        Integer.parseInt(env("INOVIK_TEST_PG_PORT", "5432")),
        env("INOVIK_TEST_PG_USER", "postgres"),
        env("INOVIK_TEST_PG_PASSWORD", ""));
  }

  /** The JDBC URL of {@code database} on this server. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  private static String env(String key, String fallback) {
    String v = System.getenv(key);
    return v == null || v.isBlank() ? fallback : v;
  }
}
