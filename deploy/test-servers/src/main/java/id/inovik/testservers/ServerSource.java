package id.inovik.testservers;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Where the integration tests get PostgreSQL, Kafka and Elasticsearch: from containers when a
 * Docker engine answers, else from this machine. The system property {@value #PROPERTY} ({@code
 * auto}, {@code containers} or {@code local}) overrides the choice.
 */
public enum ServerSource {
  /**
   * The servers of this machine: PostgreSQL on 127.0.0.1:5432, an in-process Kafka broker, the
   * Elasticsearch that inovik-local-infra starts.
   */
  LOCAL,
  /** Testcontainers: one PostgreSQL, one Kafka and one Elasticsearch container per test JVM. */
  CONTAINERS;

  public static final String PROPERTY = "inovik.test.servers";

  /**
   * The source asked for by {@code requested} (the property's value, {@code null} or blank for
   * {@code auto}); {@code auto} asks {@code dockerAvailable}.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static ServerSource choose(String requested, BooleanSupplier dockerAvailable) {
    String value = requested == null ? "" : requested.strip().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "", "auto" -> dockerAvailable.getAsBoolean() ? CONTAINERS : LOCAL;
      case "containers", "docker", "testcontainers" -> CONTAINERS;
      case "local" -> LOCAL;
      default ->
          throw new IllegalArgumentException(
              "-D" + PROPERTY + "=" + requested + ": use auto, containers or local");
    };
  }
}
