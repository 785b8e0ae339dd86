package id.inovik.command.publish;

import id.inovik.testservers.TestServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PublicationGapContract} on a new embedded (H2) event store, the local run's default. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "inovik.publisher.gap-timeout=2s",
      "inovik.publisher.audit-interval=500ms",
      "inovik.publisher.audit-horizon=20s"
    })
class EmbeddedPublicationGapIT extends PublicationGapContract {

  @DynamicPropertySource
  static void embeddedStore(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("inovik-gap-it");
    registry.add("inovik.data-dir", dir::toString);
    registry.add("spring.kafka.bootstrap-servers", TestServers::kafkaBootstrapServers);
  }
}
