package id.inovik.infra.junit;

import id.inovik.infra.elasticsearch.ElasticsearchServer;
import id.inovik.infra.elasticsearch.PluginBundle;
import java.net.URI;

/**
 * One Elasticsearch with the Inovik analysis plugin per JVM, started on first use and reused by
 * every test class; it stops when the JVM ends (shutdown hook, or the guard script if the JVM is
 * killed). The heap can be set with {@code -Dinovik.es.heap=384m} (default 512m).
 *
 * <p>Usable without JUnit too, e.g. from a Spring {@code @DynamicPropertySource} method: {@code
 * registry.add("inovik.elasticsearch.url", () -> SharedElasticsearch.baseUrl().toString())}.
 */
public final class SharedElasticsearch {

  public static final String HEAP_PROPERTY = "inovik.es.heap";

  private static ElasticsearchServer server;

  private SharedElasticsearch() {}

  /** The running shared server, started now if this is the first call in this JVM. */
  public static synchronized ElasticsearchServer server() {
    if (server == null || !server.isRunning()) {
      server =
          ElasticsearchServer.builder()
              .heap(System.getProperty(HEAP_PROPERTY, "512m"))
              .plugin(PluginBundle.inovikAnalysis())
              .build()
              .start();
    }
    return server;
  }

  public static URI baseUrl() {
    return server().baseUrl();
  }
}
