package id.inovik.testservers;

import id.inovik.infra.junit.SharedElasticsearch;
import java.net.URI;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;

/**
 * The servers an integration test needs, one of each per test JVM, from the {@link ServerSource}
 * chosen once: the same tests run against containers or against this machine's servers.
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void servers(DynamicPropertyRegistry registry) {
 *   registry.add("spring.kafka.bootstrap-servers", TestServers::kafkaBootstrapServers);
 *   registry.add("inovik.elasticsearch.url", () -> TestServers.elasticsearch().toString());
 * }
 * }</pre>
 */
public final class TestServers {

  /** Partitions of topics the broker creates by itself (the services create theirs). */
  static final int DEFAULT_PARTITIONS = 6;

  private static ServerSource source;
  private static EmbeddedKafkaKraftBroker localKafka;

  private TestServers() {}

  /** Chosen on first use from {@code -Dinovik.test.servers} and whether Docker answers. */
  public static synchronized ServerSource source() {
    if (source == null) {
      source =
          ServerSource.choose(
              System.getProperty(ServerSource.PROPERTY),
              () -> DockerClientFactory.instance().isDockerAvailable());
      System.out.println("Integration test servers: " + source);
    }
    return source;
  }

  /** The PostgreSQL server; tests create their own databases on it. */
  public static PostgresServer postgres() {
    return source() == ServerSource.CONTAINERS ? Containers.postgres() : PostgresServer.local();
  }

  /** The Kafka bootstrap servers ({@code host:port}). */
  public static String kafkaBootstrapServers() {
    return source() == ServerSource.CONTAINERS ? Containers.kafka() : localKafka();
  }

  /** The base URL of Elasticsearch with Inovik's analysis plugin installed. */
  public static URI elasticsearch() {
    return source() == ServerSource.CONTAINERS
        ? Containers.elasticsearch()
        : SharedElasticsearch.baseUrl();
  }

  private static synchronized String localKafka() {
    if (localKafka == null) {
      EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, DEFAULT_PARTITIONS);
      broker.afterPropertiesSet();
      Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "local-kafka-stop"));
      localKafka = broker;
    }
    return localKafka.getBrokersAsString();
  }
}
