package id.inovik.system;

import id.inovik.infra.junit.SharedElasticsearch;
import id.inovik.infra.process.ServiceProcess;
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
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Everything Inovik needs, once per test JVM: the real PostgreSQL server (a fresh database), an
 * in-process KRaft Kafka broker, the real Elasticsearch with the analysis plugin, and both services
 * started from their jars. Stopped by a shutdown hook.
 */
final class SystemUnderTest {

  private static SystemUnderTest instance;

  final ServiceProcess command;
  final ServiceProcess query;
  final String database;
  private final EmbeddedKafkaKraftBroker kafka;

  private SystemUnderTest(
      ServiceProcess command,
      ServiceProcess query,
      String database,
      EmbeddedKafkaKraftBroker kafka) {
    this.command = command;
    this.query = query;
    this.database = database;
    this.kafka = kafka;
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
    String elasticsearch = SharedElasticsearch.baseUrl().toString();
    EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 6);
    kafka.afterPropertiesSet();
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
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database,
                "--spring.datasource.username=postgres",
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--inovik.data-dir=" + dataDir));
    ServiceProcess query =
        ServiceProcess.start(
            "query-service",
            Path.of(System.getProperty("inovik.query.jar")),
            freePort(),
            logs,
            "384m",
            List.of(
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--inovik.elasticsearch.url=" + elasticsearch));
    command.awaitHealthy(Duration.ofMinutes(2));
    query.awaitHealthy(Duration.ofMinutes(2));
    return new SystemUnderTest(command, query, database, kafka);
  }

  private void stop() {
    query.close();
    command.close();
    kafka.destroy();
    admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  private static void admin(String sql) {
    try (Connection c =
        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL on 127.0.0.1:5432 is needed: " + e.getMessage(), e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
