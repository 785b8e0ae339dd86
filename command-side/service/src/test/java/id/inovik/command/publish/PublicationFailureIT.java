package id.inovik.command.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.inovik.command.support.Http;
import id.inovik.command.support.PostgresTestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * When Kafka cannot take the events, the failure shows (health DOWN, a failure counter, lag that
 * grows) and the events stay in the store for a retry: nothing is skipped.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=127.0.0.1:1",
      "spring.kafka.producer.properties.delivery.timeout.ms=1500",
      "spring.kafka.producer.properties.request.timeout.ms=1000",
      "spring.kafka.producer.properties.max.block.ms=1000",
      "spring.kafka.producer.properties.linger.ms=0",
      "inovik.publish-timeout=3s"
    })
class PublicationFailureIT {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::user);
    registry.add("spring.datasource.password", DB::password);
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;
  @Autowired PublicationProgress progress;

  @Test
  void aFailingPublicationIsVisibleAndNothingIsSkipped() {
    Http http = new Http("http://127.0.0.1:" + port);
    String body =
        """
        {"name":"Sistem Informasi Desa","regionCode":"14.71","owningAgency":"Dinas Kominfo",
         "initiator":{"kind":"PERANGKAT_DAERAH","name":"Diskominfo"},"digital":true,
         "form":"TATA_KELOLA_PEMERINTAHAN","mainAffair":"KOMUNIKASI_INFORMATIKA",
         "design":"Portal data desa.","goals":"Data desa terbuka.","benefits":"Perencanaan lebih tepat."}
        """;
    assertThat(http.post("/api/innovations", body).status()).isEqualTo(201);

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              Http.Response health = http.get("/actuator/health");
              assertThat(health.status()).isEqualTo(503);
              JsonNode processors = health.json().get("components").get("eventProcessors");
              assertThat(processors.get("status").asString()).isEqualTo("DOWN");
              assertThat(meters.counter("inovik.publisher.failures").count()).isGreaterThan(0);
            });
    assertThat(progress.lagEvents()).isGreaterThanOrEqualTo(1);
    assertThat(progress.lastError()).isNotBlank();
    assertThat(http.get("/actuator/prometheus").body()).contains("inovik_publisher_failures_total");
  }
}
