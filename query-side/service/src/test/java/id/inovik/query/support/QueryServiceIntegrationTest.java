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
 * plugin and an in-process KRaft broker. Subclasses share one application context; each test uses
 * its own innovation ids (and a unique word in names where it counts documents).
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
  }

  protected Api api() {
    return new Api("http://127.0.0.1:" + port);
  }

  protected EventStream events() {
    return new EventStream(kafka);
  }
}
