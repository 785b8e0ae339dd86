package id.inovik.testservers;

import id.inovik.infra.elasticsearch.PluginBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The containers, started on first use and stopped with the JVM (Testcontainers' reaper). Images
 * can be overridden with {@code -Dinovik.test.image.postgres}, {@code .kafka}, {@code
 * .elasticsearch}; Elasticsearch defaults to the version the analysis plugin is built for.
 */
final class Containers {

  private static PostgreSQLContainer postgres;
  private static KafkaContainer kafka;
  private static GenericContainer<?> elasticsearch;

  private Containers() {}

  static synchronized PostgresServer postgres() {
    if (postgres == null) {
      PostgreSQLContainer container =
          new PostgreSQLContainer(image("postgres", "postgres:17-alpine"));
      container.start();
      postgres = container;
    }
    return new PostgresServer(
        postgres.getHost(),
        postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
        postgres.getUsername(),
        postgres.getPassword());
  }

  static synchronized String kafka() {
    if (kafka == null) {
      KafkaContainer container =
          new KafkaContainer(image("kafka", "apache/kafka:4.1.1"))
              .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(TestServers.DEFAULT_PARTITIONS));
      container.start();
      kafka = container;
    }
    return kafka.getBootstrapServers();
  }

  /**
   * Elasticsearch with security off and Inovik's analysis plugin unpacked into its {@code plugins/}
   * directory before it starts, as the local launcher installs it.
   */
  static synchronized URI elasticsearch() {
    if (elasticsearch == null) {
      PluginBundle plugin = PluginBundle.inovikAnalysis();
      Path plugins;
      try {
        plugins = Files.createTempDirectory("inovik-es-plugins");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      plugin.installInto(plugins);
      GenericContainer<?> container =
          new GenericContainer<>(
                  image(
                      "elasticsearch",
                      "docker.elastic.co/elasticsearch/elasticsearch:" + elasticsearchVersion()))
              .withEnv("discovery.type", "single-node")
              .withEnv("xpack.security.enabled", "false")
              .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
              .withCopyFileToContainer(
                  MountableFile.forHostPath(plugins.resolve(plugin.name())),
                  "/usr/share/elasticsearch/plugins/" + plugin.name())
              .withExposedPorts(9200)
              .waitingFor(
                  Wait.forHttp("/_cluster/health?wait_for_status=yellow")
                      .forPort(9200)
                      .withStartupTimeout(Duration.ofMinutes(3)));
      container.start();
      elasticsearch = container;
    }
    return URI.create(
        "http://" + elasticsearch.getHost() + ":" + elasticsearch.getMappedPort(9200));
  }

  /** The version inovik-local-infra (and so the plugin) was built against. */
  static String elasticsearchVersion() {
    Properties build = new Properties();
    try (InputStream in =
        PluginBundle.class.getResourceAsStream(
            "/id/inovik/infra/elasticsearch/distribution.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "distribution.properties is missing from inovik-local-infra");
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build.getProperty("version");
  }

  private static String image(String name, String fallback) {
    return System.getProperty("inovik.test.image." + name, fallback);
  }
}
