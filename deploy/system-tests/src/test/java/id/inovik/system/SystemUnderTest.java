package id.inovik.system;

import id.inovik.infra.process.ServiceProcess;
import id.inovik.testservers.PostgresServer;
import id.inovik.testservers.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Everything Inovik needs, once per test JVM: PostgreSQL (a fresh database), Kafka and
 * Elasticsearch with the analysis plugin from {@link TestServers} (containers, or this machine's
 * servers), and both services started from their jars. Stopped by a shutdown hook.
 */
final class SystemUnderTest {

  private static SystemUnderTest instance;

  final ServiceProcess command;
  final ServiceProcess query;
  final String database;

  private SystemUnderTest(ServiceProcess command, ServiceProcess query, String database) {
    this.command = command;
    this.query = query;
    this.database = database;
  }

  static synchronized SystemUnderTest get() {
    if (instance == null) {
      try {
        instance = start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "system-under-test-stop"));
    }
    return instance;
  }

  private static SystemUnderTest start() throws IOException, InterruptedException {
    String elasticsearch = TestServers.elasticsearch().toString();
    String kafka = TestServers.kafkaBootstrapServers();
    PostgresServer postgres = TestServers.postgres();
    String database =
        "inovik_system_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    admin("CREATE DATABASE " + database);
    Path logs = Path.of(System.getProperty("inovik.system.logs", "target/system-logs"));
    Path dataDir = logs.resolve("data");
    ServiceProcess command =
        ServiceProcess.start(
            "command-service",
            Path.of(System.getProperty("inovik.command.jar")),
            freePort(),
            logs,
            "384m",
            List.of(
                "--spring.datasource.url=" + postgres.jdbcUrl(database),
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--inovik.data-dir=" + dataDir));
    ServiceProcess query =
        ServiceProcess.start(
            "query-service",
            Path.of(System.getProperty("inovik.query.jar")),
            freePort(),
            logs,
            "384m",
            List.of(
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--inovik.elasticsearch.url=" + elasticsearch,
                "--inovik.command-service.url=" + command.baseUrl()));
    command.awaitHealthy(Duration.ofMinutes(2));
    query.awaitHealthy(Duration.ofMinutes(2));
    return new SystemUnderTest(command, query, database);
  }

  private void stop() {
    query.close();
    command.close();
    admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  private static void admin(String sql) {
    PostgresServer postgres = TestServers.postgres();
    try (Connection c =
        DriverManager.getConnection(
            postgres.jdbcUrl("postgres"), postgres.user(), postgres.password())) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at "
              + postgres.host()
              + ":"
              + postgres.port()
              + " is needed: "
              + e.getMessage(),
          e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
