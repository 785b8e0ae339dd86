package id.inovik.query.support;

import id.inovik.infra.junit.ElasticsearchExtension;
import id.inovik.infra.junit.SharedElasticsearch;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query service on real infrastructure: the shared Elasticsearch with the Indonesian analysis
 * plugin, an in-process KRaft broker, and a real HTTP server in place of the command service's
 * history endpoint ({@link CommandServiceStub}). Subclasses share one application context; each
 * test uses its own innovation ids (and a unique word in names where it counts documents).
 */
@ExtendWith(ElasticsearchExtension.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"inovik.projection.lag-interval=1s"})
@EmbeddedKafka(
    partitions = 3,
    topics = "inovik.innovation-events.v1",
    bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class QueryServiceIntegrationTest {

  @Autowired protected KafkaTemplate<String, String> kafka;

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    registry.add("inovik.elasticsearch.url", () -> SharedElasticsearch.baseUrl().toString());
    registry.add("inovik.command-service.url", () -> CommandServiceStub.shared().baseUrl());
  }

  /**
   * Stands in for the command service the projection asks for an innovation's history: 404 for
   * every innovation a test did not register.
   */
  protected CommandServiceStub commandService() {
    return CommandServiceStub.shared();
  }

  protected Api api() {
    return new Api("http://127.0.0.1:" + port);
  }

  protected EventStream events() {
    return new EventStream(kafka);
  }
}
