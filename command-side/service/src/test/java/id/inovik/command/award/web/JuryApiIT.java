package id.inovik.command.award.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.award.AwardTopics;
import id.inovik.command.award.lookup.AwardLookupSchema;
import id.inovik.command.config.EventStoreSchema;
import id.inovik.command.support.Http;
import id.inovik.command.support.PostgresTestDatabase;
import id.inovik.command.support.PublishedRecords;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An edition's jury through the REST API against the real PostgreSQL and Kafka: jurors registered
 * (retried by key), a conflicting assignment answered 409 with the attempt stored, assignments,
 * presentation and field scores, the events on the award topic keyed by edition; then a small KIPP
 * edition from proposals to its Top 45.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(partitions = 2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JuryApiIT {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();
  static final String IGA = "/api/editions/IGA/2027";
  static final String JURY = IGA + "/jury";
  static final String KIPP = "/api/editions/KIPP/2027";
  static final String KIPP_JURY = KIPP + "/jury";
  static final String PRESENTATION =
      """
      {"scores":{"kebaruan":%d,"kemanfaatan":85,"kewenangan-kolaborasi":75,"replikasi":70,
                 "presentasi":90}}
      """;
  static final String KIPP_SCORES =
      """
      {"scores":{"kebaruan":%d,"efektivitas":70,"kemanfaatan":80,"replikasi":60,
                 "keberlanjutan":75}}
      """;

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

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired EventStoreSchema eventTables;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JsonMapper json;
  Http http;

  @BeforeAll
  void editionWithNominees() {
    http = new Http("http://127.0.0.1:" + port);
    assertThat(http.post("/api/editions", EditionApiIT.edition(2027)).status()).isEqualTo(201);
    for (String stage : List.of("penjaringan/open", "penjaringan/close", "pengukuran/open")) {
      assertThat(http.post(IGA + "/stages/" + stage, null).status()).isEqualTo(200);
    }
    assertThat(
            http.send(
                    "PUT",
                    IGA + "/categories/kabupaten/nominees",
                    "{\"regionCodes\":[\"35.07\",\"33.02\"]}")
                .status())
        .isEqualTo(200);
    assertThat(
            http.send("PUT", IGA + "/categories/kota/nominees", "{\"regionCodes\":[\"73.71\"]}")
                .status())
        .isEqualTo(200);
  }

  List<String> juryEventTypes(String juryId) {
    return jdbc.queryForList(
        "select payloadtype from domainevententry where aggregateidentifier = ?"
            + " order by sequencenumber",
        String.class,
        juryId);
  }

  @Test
  @Order(1)
  void jurorsAreRegisteredOnceAndARetryByKeyIsAnswered() {
    String jakarta = "{\"id\":\"j1\",\"name\":\"Dr. Sri Wahyuni\",\"provinceCode\":\"31\"}";
    Http.Response created = http.post(JURY + "/jurors", jakarta, "Idempotency-Key", "juror-j1");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(JURY + "/jurors/j1");
    assertThat(created.json().get("id").asString()).isEqualTo("IGA-2027/jury");
    Http.Response replay = http.post(JURY + "/jurors", jakarta, "Idempotency-Key", "juror-j1");
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.header("ETag")).isEqualTo("\"0\"");
    Http.Response reused =
        http.post(
            JURY + "/jurors",
            "{\"id\":\"j3\",\"name\":\"Ir. Lain\",\"provinceCode\":\"32\"}",
            "Idempotency-Key",
            "juror-j1");
    assertThat(reused.status()).isEqualTo(422);

    Http.Response bad =
        http.post(JURY + "/jurors", "{\"id\":\"j 2\",\"name\":\"\",\"provinceCode\":\"35.07\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("Content-Type")).contains("application/problem+json");
    assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()))
        .containsExactlyInAnyOrder("id", "name", "provinceCode");

    Http.Response eastJava =
        http.post(
            JURY + "/jurors",
            "{\"id\":\"j2\",\"name\":\"Prof. Bambang Hartono\",\"provinceCode\":\"35\"}",
            "If-Match",
            "\"0\"");
    assertThat(eastJava.status()).isEqualTo(201);
    assertThat(juryEventTypes("IGA-2027/jury")).hasSize(2);
  }

  @Test
  @Order(2)
  void aConflictingAssignmentIsRefusedWith409AndTheAttemptIsStored() {
    Http.Response conflict = http.send("PUT", JURY + "/jurors/j2/assignments/35.07", null);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.header("Content-Type")).contains("application/problem+json");
    assertThat(conflict.json().get("code").asString()).isEqualTo("conflict-of-interest");
    assertThat(conflict.json().get("type").asString()).endsWith("/conflict-of-interest");
    assertThat(conflict.json().get("regionCode").asString()).isEqualTo("35.07");
    assertThat(conflict.header("ETag")).isEqualTo("\"2\"");

    assertThat(juryEventTypes("IGA-2027/jury"))
        .last()
        .isEqualTo("id.inovik.api.award.JuryConflictRefusedEvent");
    JsonNode refusals = http.get(JURY).json().get("refusals");
    assertThat(refusals).hasSize(1);
    assertThat(refusals.get(0).get("juror").asString()).isEqualTo("j2");
    assertThat(refusals.get(0).get("attempted").asString()).isEqualTo("ASSIGNMENT");
    assertThat(http.get(JURY).json().get("assignments")).isEmpty();
  }

  @Test
  @Order(3)
  void jurorsAreAssignedToNomineesOnly() {
    assertThat(http.send("PUT", JURY + "/jurors/j1/assignments/35.07", null).status())
        .isEqualTo(200);
    assertThat(http.send("PUT", JURY + "/jurors/j2/assignments/73.71", null).status())
        .isEqualTo(200);
    Http.Response notNominee = http.send("PUT", JURY + "/jurors/j1/assignments/35.79", null);
    assertThat(notNominee.status()).isEqualTo(400);
    assertThat(notNominee.json().get("errors").get(0).get("field").asString()).isEqualTo("entryId");
    Http.Response stale =
        http.send("PUT", JURY + "/jurors/j1/assignments/33.02", null, "If-Match", "\"1\"");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("type").asString()).endsWith("/stale-version");
  }

  @Test
  @Order(4)
  void presentationAndFieldScoresFollowTheStages() {
    Http.Response early =
        http.send("PUT", JURY + "/jurors/j1/presentation/35.07", PRESENTATION.formatted(80));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("code").asString()).isEqualTo("presentation-not-open");
    assertThat(http.post(IGA + "/stages/presentasi/open", null).status()).isEqualTo(200);

    Http.Response bad =
        http.send(
            "PUT",
            JURY + "/jurors/j1/presentation/35.07",
            "{\"scores\":{\"kebaruan\":120,\"gaya\":3}}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()))
        .contains(
            "scores.kebaruan",
            "scores.kemanfaatan",
            "scores.kewenangan-kolaborasi",
            "scores.replikasi",
            "scores.presentasi",
            "scores.gaya");
    assertThat(
            http.send("PUT", JURY + "/jurors/j1/presentation/35.07", PRESENTATION.formatted(80))
                .status())
        .isEqualTo(200);
    assertThat(
            http.send("PUT", JURY + "/jurors/j1/presentation/35.07", PRESENTATION.formatted(65))
                .status())
        .isEqualTo(200);
    Http.Response ownProvince =
        http.send("PUT", JURY + "/jurors/j2/presentation/35.07", PRESENTATION.formatted(99));
    assertThat(ownProvince.status()).isEqualTo(409);
    assertThat(ownProvince.json().get("attempted").asString()).isEqualTo("PRESENTATION_SCORE");

    assertThat(http.post(IGA + "/stages/validasi-lapangan/open", null).status()).isEqualTo(200);
    assertThat(http.send("PUT", JURY + "/jurors/j1/field/35.07", "{\"score\":78}").status())
        .isEqualTo(200);

    JsonNode view = http.get(JURY).json();
    assertThat(view.get("jurors").valueStream().map(j -> j.get("provinceCode").asString()))
        .containsExactly("31", "35");
    JsonNode presentation = view.get("presentation");
    assertThat(presentation).hasSize(1);
    assertThat(presentation.get(0).get("region").asString()).isEqualTo("35.07");
    assertThat(presentation.get(0).get("scores").get("kebaruan").asInt()).isEqualTo(65);
    assertThat(view.get("field").get(0).get("score").asInt()).isEqualTo(78);
    assertThat(view.get("refusals")).hasSize(2);
  }

  @Test
  @Order(5)
  void theJuryEventsAreOnTheAwardTopicKeyedByTheEdition() {
    List<String> stored =
        juryEventTypes("IGA-2027/jury").stream()
            .map(t -> t.substring(t.lastIndexOf('.') + 1))
            .toList();
    List<PublishedRecords.Published> published =
        PublishedRecords.read(
            broker.getBrokersAsString(),
            AwardTopics.AWARD_EVENTS,
            e -> e.get("aggregateId").asString().equals("IGA-2027/jury"),
            stored.size());
    assertThat(published).allSatisfy(p -> assertThat(p.key()).isEqualTo("IGA-2027"));
    assertThat(published)
        .extracting(p -> p.envelope().get("type").asString())
        .containsExactlyElementsOf(stored)
        .containsSubsequence(
            "JurorRegisteredEvent",
            "JurorRegisteredEvent",
            "JuryConflictRefusedEvent",
            "JurorAssignedEvent",
            "PresentationScoredEvent",
            "PresentationScoredEvent",
            "JuryConflictRefusedEvent",
            "FieldScoredEvent");
  }

  @Test
  @Order(6)
  void theNomineeLookupIsRebuiltFromStoredEventsWhenItIsNew() {
    jdbc.update("delete from inovik_award_nominee");
    jdbc.update("delete from inovik_award_lookup_version where version >= 2");
    new AwardLookupSchema(jdbc, eventTables, transactions, json);
    assertThat(
            jdbc.queryForList(
                "select region_code from inovik_award_nominee where edition_id = 'IGA-2027'"
                    + " order by region_code",
                String.class))
        .containsExactly("33.02", "35.07", "73.71");
  }

  // --- KIPP ----------------------------------------------------------------------------------

  static String kippEdition() {
    return """
        {"programme":"KIPP","year":2027,
         "categories":[{"code":"umum","label":"Kelompok umum"}],
         "schedule":{"penjaringan":{"opensOn":"2027-03-01","closesOn":"2027-05-31"},
                     "evaluasi-proposal":{"opensOn":"2027-06-01","closesOn":"2027-07-15"},
                     "presentasi":{"opensOn":"2027-08-01","closesOn":"2027-08-20"},
                     "pleno":{"opensOn":"2027-09-01","closesOn":"2027-09-05"}}}
        """;
  }

  String propose(String name, String region) {
    Http.Response r = http.post("/api/innovations", SubmissionApiIT.proposal(name, region));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  @Test
  @Order(7)
  void aSmallKippEditionRunsFromProposalsToItsTop45() {
    assertThat(http.post("/api/editions", kippEdition()).status()).isEqualTo(201);
    String malang = propose("Sapa Warga Malang", "35.07");
    String makassar = propose("Lorong Wisata Makassar", "73.71");
    String batu = propose("Antrean Online Batu", "35.79");
    assertThat(http.post(KIPP + "/stages/penjaringan/open", null).status()).isEqualTo(200);

    Http.Response theirs =
        http.send("PUT", KIPP + "/submissions/35.07/proposals/" + makassar, null);
    assertThat(theirs.status()).isEqualTo(400);
    assertThat(theirs.json().get("errors").get(0).get("field").asString())
        .isEqualTo("innovationId");
    Http.Response claim = http.send("PUT", KIPP + "/submissions/35.07/spd", "{\"claims\":{}}");
    assertThat(claim.status()).isEqualTo(409);
    for (String[] p :
        List.of(
            new String[] {"35.07", malang},
            new String[] {"73.71", makassar},
            new String[] {"35.79", batu})) {
      Http.Response entered =
          http.send("PUT", KIPP + "/submissions/" + p[0] + "/proposals/" + p[1], null);
      assertThat(entered.status()).as(entered.body()).isEqualTo(200);
    }

    assertThat(
            http.post(
                    KIPP_JURY + "/jurors",
                    "{\"id\":\"t1\",\"name\":\"Prof. Eko Prasojo\",\"provinceCode\":\"31\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            http.post(
                    KIPP_JURY + "/jurors",
                    "{\"id\":\"t2\",\"name\":\"Dr. Ratna Dewi\",\"provinceCode\":\"73\"}")
                .status())
        .isEqualTo(201);
    assertThat(http.post(KIPP + "/stages/evaluasi-proposal/open", null).status()).isEqualTo(200);
    Http.Response conflict =
        http.send("PUT", KIPP_JURY + "/jurors/t2/assignments/" + makassar, null);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().get("regionCode").asString()).isEqualTo("73.71");

    int kebaruan = 90;
    for (String entry : List.of(malang, makassar, batu)) {
      assertThat(http.send("PUT", KIPP_JURY + "/jurors/t1/assignments/" + entry, null).status())
          .isEqualTo(200);
      Http.Response scored =
          http.send(
              "PUT",
              KIPP_JURY + "/jurors/t1/presentation/" + entry,
              KIPP_SCORES.formatted(kebaruan));
      assertThat(scored.status()).as(scored.body()).isEqualTo(200);
      kebaruan -= 10;
    }
    Http.Response top99 =
        http.send(
            "PUT",
            KIPP_JURY + "/shortlists/top-99",
            """
            {"ranking":[{"entryId":"%s","rank":1,"score":77.5},
                        {"entryId":"%s","rank":2,"score":75.0},
                        {"entryId":"%s","rank":3,"score":72.5}]}
            """
                .formatted(malang, makassar, batu));
    assertThat(top99.status()).as(top99.body()).isEqualTo(200);

    assertThat(http.post(KIPP + "/stages/presentasi/open", null).status()).isEqualTo(200);
    for (String entry : List.of(malang, makassar, batu)) {
      assertThat(
              http.send(
                      "PUT",
                      KIPP_JURY + "/jurors/t1/presentation/" + entry,
                      KIPP_SCORES.formatted(70))
                  .status())
          .isEqualTo(200);
    }
    Http.Response early =
        http.send(
            "PUT",
            KIPP_JURY + "/shortlists/top-45",
            "{\"ranking\":[{\"entryId\":\"%s\",\"rank\":1,\"score\":80}]}".formatted(batu));
    assertThat(early.status()).isEqualTo(409);
    assertThat(http.post(KIPP + "/stages/pleno/open", null).status()).isEqualTo(200);
    Http.Response top45 =
        http.send(
            "PUT",
            KIPP_JURY + "/shortlists/top-45",
            """
            {"ranking":[{"entryId":"%s","rank":1,"score":81.0},
                        {"entryId":"%s","rank":2,"score":79.0},
                        {"entryId":"%s","rank":3,"score":70.0}]}
            """
                .formatted(batu, malang, makassar));
    assertThat(top45.status()).as(top45.body()).isEqualTo(200);

    JsonNode shortlists = http.get(KIPP_JURY).json().get("shortlists");
    assertThat(shortlists.get("top-99").get("selected").valueStream().map(JsonNode::asString))
        .containsExactly(malang, makassar, batu);
    assertThat(shortlists.get("top-45").get("selected").valueStream().map(JsonNode::asString))
        .containsExactly(batu, malang, makassar);
    assertThat(shortlists.get("top-45").get("ranking").get(0).get("score").asDouble())
        .isEqualTo(81.0);

    List<PublishedRecords.Published> decided =
        PublishedRecords.read(
            broker.getBrokersAsString(),
            AwardTopics.AWARD_EVENTS,
            e -> e.get("type").asString().equals("ShortlistDecidedEvent"),
            2);
    assertThat(decided).allSatisfy(p -> assertThat(p.key()).isEqualTo("KIPP-2027"));
    List<PublishedRecords.Published> entered =
        PublishedRecords.read(
            broker.getBrokersAsString(),
            AwardTopics.AWARD_EVENTS,
            e -> e.get("type").asString().equals("ProposalEnteredEvent"),
            3);
    assertThat(entered)
        .extracting(PublishedRecords.Published::key)
        .containsExactlyInAnyOrder("35.07", "73.71", "35.79");
  }
}
