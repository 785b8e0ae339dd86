package id.inovik.command.publish;

import id.inovik.command.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PublicationGapContract} on a new PostgreSQL event store. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "inovik.publisher.gap-timeout=2s",
      "inovik.publisher.audit-interval=500ms",
      "inovik.publisher.audit-horizon=20s"
    })
@EmbeddedKafka(partitions = 2)
class PostgresPublicationGapIT extends PublicationGapContract {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::user);
    registry.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }
}
