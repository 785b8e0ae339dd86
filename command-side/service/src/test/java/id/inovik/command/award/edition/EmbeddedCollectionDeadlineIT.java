package id.inovik.command.award.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.inovik.command.CommandApplication;
import id.inovik.command.support.Http;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The collection's deadline also works on the embedded H2 store of the local run: its table is
 * created there and the scheduler closes the stage (a day of the schedule lasts 2 s here).
 */
class EmbeddedCollectionDeadlineIT {

  @TempDir Path dataDir;

  @Test
  void theCollectionClosesAtItsDeadlineOnTheEmbeddedStore() {
    try (ConfigurableApplicationContext app =
        new SpringApplication(CommandApplication.class)
            .run(
                "--server.port=0",
                "--inovik.data-dir=" + dataDir,
                "--spring.kafka.bootstrap-servers=127.0.0.1:1",
                "--spring.kafka.admin.auto-create=false",
                "--inovik.award.day-length=PT2S",
                "--inovik.award.deadline-poll-interval=200ms")) {
      Http http =
          new Http("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
      assertThat(
              http.post(
                      "/api/editions",
                      """
                      {"programme":"IGA","year":2027,
                       "schedule":{"penjaringan":{"opensOn":"2027-06-20","closesOn":"2027-06-20"},
                         "pengukuran":{"opensOn":"2027-06-21","closesOn":"2027-06-22"},
                         "presentasi":{"opensOn":"2027-06-23","closesOn":"2027-06-23"},
                         "validasi-lapangan":{"opensOn":"2027-06-24","closesOn":"2027-06-24"},
                         "pleno":{"opensOn":"2027-06-25","closesOn":"2027-06-25"}}}
                      """)
                  .status())
          .isEqualTo(201);
      assertThat(http.post("/api/editions/IGA/2027/stages/penjaringan/open", null).status())
          .isEqualTo(200);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("select count(*) from inovik_deadline", Integer.class))
          .isEqualTo(1);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> !http.get("/api/editions/IGA/2027").json().get("stageOpen").asBoolean());
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from DomainEventEntry where payloadType like '%StageClosedEvent'",
                  Integer.class))
          .isEqualTo(1);
    }
  }
}
