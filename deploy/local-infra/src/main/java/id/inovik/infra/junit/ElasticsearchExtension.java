package id.inovik.infra.junit;

import id.inovik.infra.elasticsearch.ElasticsearchServer;
import java.net.URI;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the JVM-wide {@link SharedElasticsearch} before the first test class that uses it and
 * injects it into test and lifecycle methods as an {@link ElasticsearchServer} or its base {@link
 * URI}.
 *
 * <pre>{@code
 * @ExtendWith(ElasticsearchExtension.class)
 * class SearchIT {
 *   @Test
 *   void finds(URI elasticsearch) { ... }
 * }
 * }</pre>
 */
public final class ElasticsearchExtension implements BeforeAllCallback, ParameterResolver {

  @Override
  public void beforeAll(ExtensionContext context) {
    SharedElasticsearch.server();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ElasticsearchServer.class || type == URI.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ElasticsearchServer server = SharedElasticsearch.server();
    return parameter.getParameter().getType() == URI.class ? server.baseUrl() : server;
  }
}
