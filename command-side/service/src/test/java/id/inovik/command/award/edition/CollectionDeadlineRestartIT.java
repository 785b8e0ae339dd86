package id.inovik.command.award.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.inovik.api.award.AwardTopics;
import id.inovik.command.CommandApplication;
import id.inovik.command.support.Http;
import id.inovik.command.support.PostgresTestDatabase;
import id.inovik.command.support.PublishedRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The collection stage closes at its deadline even when the service was down when it passed, and
 * only once: the deadline lives in the event store's database, not in the process. Runs the service
 * three times on one PostgreSQL database with a compressed schedule (a day lasts 8 s).
 */
@EmbeddedKafka(partitions = 1)
class CollectionDeadlineRestartIT {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();
  static final String CLOSED_EVENT = "id.inovik.api.award.EditionStageClosedEvent";
  final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(DB.url(), DB.user(), ""));

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  ConfigurableApplicationContext start(EmbeddedKafkaBroker broker) {
    return new SpringApplication(CommandApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + DB.url(),
            "--spring.datasource.username=" + DB.user(),
            "--spring.datasource.password=",
            "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
            "--inovik.award.day-length=PT8S",
            "--inovik.award.deadline-poll-interval=200ms");
  }

  static Http http(ConfigurableApplicationContext app) {
    return new Http("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
  }

  int closeEvents() {
    return jdbc.queryForObject(
        "select count(*) from domainevententry where payloadtype = ?", Integer.class, CLOSED_EVENT);
  }

  int storedDeadlines() {
    return jdbc.queryForObject("select count(*) from inovik_deadline", Integer.class);
  }

  @Test
  void theCollectionClosesOnceAtItsDeadlineAcrossRestarts(EmbeddedKafkaBroker broker) {
    Instant closesAt;
    try (ConfigurableApplicationContext app = start(broker)) {
      Http http = http(app);
      Http.Response created =
          http.post(
              "/api/editions",
              """
              {"programme":"IGA","year":2027,
               "schedule":{"penjaringan":{"opensOn":"2027-06-20","closesOn":"2027-06-20"},
                           "pengukuran":{"opensOn":"2027-06-21","closesOn":"2027-06-22"},
                           "presentasi":{"opensOn":"2027-06-23","closesOn":"2027-06-23"},
                           "validasi-lapangan":{"opensOn":"2027-06-24","closesOn":"2027-06-24"},
                           "pleno":{"opensOn":"2027-06-25","closesOn":"2027-06-25"}}}
              """);
      assertThat(created.status()).isEqualTo(201);
      assertThat(http.post("/api/editions/IGA/2027/stages/penjaringan/open", null).status())
          .isEqualTo(200);
      closesAt =
          Instant.parse(
              http.get("/api/editions/IGA/2027").json().get("collectionClosesAt").asString());
    }
    assertThat(Instant.now()).as("the service stopped before the deadline").isBefore(closesAt);
    assertThat(storedDeadlines()).isEqualTo(1);

    await()
        .pollDelay(Duration.between(Instant.now(), closesAt).plusSeconds(1))
        .atMost(Duration.ofSeconds(30))
        .until(() -> Instant.now().isAfter(closesAt));
    assertThat(closeEvents()).as("nothing closes while the service is down").isZero();

    try (ConfigurableApplicationContext app = start(broker)) {
      await().atMost(Duration.ofSeconds(30)).until(() -> closeEvents() == 1);
      var view = http(app).get("/api/editions/IGA/2027").json();
      assertThat(view.get("stage").asString()).isEqualTo("penjaringan");
      assertThat(view.get("stageOpen").asBoolean()).isFalse();
      await().atMost(Duration.ofSeconds(10)).until(() -> storedDeadlines() == 0);
      assertThat(
              jdbc.queryForObject(
                  "select stage_open from inovik_award_edition where edition_id = 'IGA-2027'",
                  Boolean.class))
          .isFalse();
    }

    try (ConfigurableApplicationContext app = start(broker)) {
      await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
      assertThat(closeEvents()).as("the deadline does not fire again").isEqualTo(1);
    }

    List<PublishedRecords.Published> published =
        PublishedRecords.read(
            broker.getBrokersAsString(),
            AwardTopics.AWARD_EVENTS,
            e -> e.get("type").asString().equals("EditionStageClosedEvent"),
            1);
    assertThat(published.getFirst().key()).isEqualTo("IGA-2027");
    assertThat(published.getFirst().envelope().get("payload").get("trigger").asString())
        .isEqualTo("DEADLINE");
  }
}
