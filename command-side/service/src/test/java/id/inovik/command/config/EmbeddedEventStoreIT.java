package id.inovik.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.command.CommandApplication;
import id.inovik.command.support.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With no database configured, the service keeps its events in an embedded H2 file under the data
 * directory, and they survive a restart.
 */
class EmbeddedEventStoreIT {

  @TempDir Path dataDir;

  @Test
  void storesEventsInTheEmbeddedDefaultAndKeepsThemAcrossRestarts() {
    String body =
        """
        {"name":"Pelayanan Perizinan Online","regionCode":"73.71","owningAgency":"DPMPTSP",
         "initiator":{"kind":"PERANGKAT_DAERAH","name":"DPMPTSP Kota Makassar"},"digital":true,
         "form":"PELAYANAN_PUBLIK","mainAffair":"PENANAMAN_MODAL",
         "design":"Izin usaha diajukan dan diterbitkan lewat portal.","goals":"Izin lebih cepat.",
         "benefits":"Izin terbit dalam satu hari."}
        """;
    String id;
    try (ConfigurableApplicationContext app = start()) {
      Http http =
          new Http("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
      Http.Response created = http.post("/api/innovations", body, "Idempotency-Key", "h2-1");
      assertThat(created.status()).isEqualTo(201);
      id = created.json().get("id").asString();
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("select count(*) from DomainEventEntry", Integer.class))
          .isEqualTo(1);
    }
    assertThat(Files.exists(dataDir.resolve("eventstore/inovik.mv.db"))).isTrue();
    try (ConfigurableApplicationContext app = start()) {
      Http http =
          new Http("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
      Http.Response replay = http.post("/api/innovations", body, "Idempotency-Key", "h2-1");
      assertThat(replay.status()).isEqualTo(200);
      assertThat(replay.json().get("id").asString()).isEqualTo(id);
      Http.Response review =
          http.post(
              "/api/innovations/" + id + "/review",
              "{\"feasible\":true,\"reviewedOn\":\"2024-01-10\"}");
      assertThat(review.json().get("version").asLong()).isEqualTo(1);
    }
  }

  private ConfigurableApplicationContext start() {
    SpringApplication app = new SpringApplication(CommandApplication.class);
    app.setWebApplicationType(WebApplicationType.SERVLET);
    return app.run(
        "--server.port=0",
        "--inovik.data-dir=" + dataDir,
        "--spring.kafka.bootstrap-servers=127.0.0.1:1",
        "--axon.eventhandling.processors.kafka-publisher.mode=tracking",
        "--spring.kafka.admin.auto-create=false");
  }
}
