package id.inovik.command.publish;

import id.inovik.command.support.PostgresTestDatabase;
import id.inovik.testservers.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PublicationGapContract} on a new PostgreSQL event store. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "inovik.publisher.gap-timeout=2s",
      "inovik.publisher.audit-interval=500ms",
      "inovik.publisher.audit-horizon=20s"
    })
class PostgresPublicationGapIT extends PublicationGapContract {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::user);
    registry.add("spring.datasource.password", DB::password);
    registry.add("spring.kafka.bootstrap-servers", TestServers::kafkaBootstrapServers);
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }
}
