package id.inovik.query.support;

import id.inovik.api.award.AwardTopics;
import id.inovik.api.messaging.Topics;
import id.inovik.testservers.TestServers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query service on real infrastructure ({@link TestServers}: Kafka and Elasticsearch with the
 * Indonesian analysis plugin, in containers or on this machine), and a real HTTP server in place of
 * the command service's history endpoint ({@link CommandServiceStub}). Subclasses share one
 * application context; each test uses its own innovation ids (and a unique word in names where it
 * counts documents).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"inovik.projection.lag-interval=1s"})
public abstract class QueryServiceIntegrationTest {

  @Autowired protected KafkaTemplate<String, String> kafka;

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", QueryServiceIntegrationTest::kafkaWithTopic);
    registry.add("inovik.elasticsearch.url", () -> TestServers.elasticsearch().toString());
    registry.add("inovik.command-service.url", () -> CommandServiceStub.shared().baseUrl());
  }

  /**
   * Stands in for the command service the projection asks for an innovation's history: 404 for
   * every innovation a test did not register.
   */
  protected CommandServiceStub commandService() {
    return CommandServiceStub.shared();
  }

  /**
   * The broker, with the event topic in place: the command side creates it in production, and the
   * consumer never creates it.
   */
  static String kafkaWithTopic() {
    String servers = TestServers.kafkaBootstrapServers();
    try (AdminClient admin =
        AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
      // the standings also follow the award and region topics (docs/adr/0019)
      for (String topic :
          List.of(Topics.INNOVATION_EVENTS, AwardTopics.AWARD_EVENTS, Topics.REGION_EVENTS)) {
        try {
          admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("Cannot create " + topic, e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return servers;
  }

  protected Api api() {
    return new Api("http://127.0.0.1:" + port);
  }

  protected EventStream events() {
    return new EventStream(kafka);
  }
}
