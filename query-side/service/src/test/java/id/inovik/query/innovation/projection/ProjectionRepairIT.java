package id.inovik.query.innovation.projection;

import static id.inovik.query.support.EventStream.newId;
import static id.inovik.query.support.EventStream.profile;
import static id.inovik.query.support.EventStream.proposed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationEstablishedEvent;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationReviewedEvent;
import id.inovik.api.innovation.InnovationTrialStartedEvent;
import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.support.DeadLetterTopic;
import id.inovik.query.support.EventStream;
import id.inovik.query.support.QueryServiceIntegrationTest;
import id.inovik.testservers.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An innovation whose earlier events never reached the topic is rebuilt from its history in the
 * command service (here a real HTTP server serving the envelopes the command side would serve)
 * instead of being dead-lettered event after event.
 */
class ProjectionRepairIT extends QueryServiceIntegrationTest {

  @Autowired ElasticsearchClient elasticsearch;

  @AfterEach
  void restore() {
    commandService().start();
    commandService().answerNormally();
    api().delete("/api/admin/projections/innovations/failures");
  }

  @Test
  void anInnovationWhoseProposalNeverArrivedIsRebuiltFromItsHistory() throws Exception {
    String id = newId();
    String region = "35.07";
    Instant start = Instant.parse("2024-04-01T02:00:00Z");
    InnovationProfile profile =
        profile(
            "Layanan Adminduk Keliling",
            region,
            "Mobil layanan mendatangi desa untuk perekaman KTP-el.",
            GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL);
    EventStream.Innovation innovation =
        events()
            .innovation(id, start)
            .withhold(proposed(id, profile, start))
            .withhold(
                new InnovationReviewedEvent(id, region, true, "Layak", LocalDate.of(2024, 4, 5)))
            .withhold(
                new InnovationEstablishedEvent(
                    id, region, "188.45/9/KEP/35.07/2024", LocalDate.of(2024, 4, 20)));
    commandService().history(id, innovation.history());

    // The topic never got the proposal: only the later events arrive.
    innovation.send(1).send(2);

    JsonNode doc =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> api().get("/api/innovations/" + id),
                r -> r.status() == 200 && r.json().get("lastSequence").asLong() == 2)
            .json();
    assertThat(doc.get("stage").asString()).isEqualTo("INISIATIF");
    assertThat(doc.get("name").asString()).isEqualTo("Layanan Adminduk Keliling");
    assertThat(doc.get("regionName").asString()).isEqualTo("Kabupaten Malang");
    assertThat(doc.get("proposedAt").asString()).isEqualTo("2024-04-01T02:00:00Z");
    assertThat(doc.get("reviewedOn").asString()).isEqualTo("2024-04-05");
    assertThat(doc.get("decreeNumber").asString()).isEqualTo("188.45/9/KEP/35.07/2024");
    assertThat(doc.get("updatedAt").asString()).isEqualTo("2024-04-01T02:02:00Z");
    GetResponse<InnovationDocument> repaired = stored(id);
    assertThat(repaired.version()).isEqualTo(3);
    // One history read repairs the innovation; its later events need nothing more.
    assertThat(commandService().requestsFor(id)).isEqualTo(1);

    // The late original (and a duplicate) change nothing: the document already holds them.
    innovation.send(0).send(2);
    String marker = newId();
    events()
        .send(
            proposed(
                marker, profile("Penanda", region, "Penanda.", GovernmentAffair.SOSIAL), start),
            0,
            start);
    await().atMost(Duration.ofSeconds(30)).until(() -> stored(marker) != null);
    GetResponse<InnovationDocument> after = stored(id);
    assertThat(after.version()).isEqualTo(3);
    assertThat(after.seqNo()).isEqualTo(repaired.seqNo());
    assertThat(after.source()).isEqualTo(repaired.source());

    JsonNode projection = projectionHealth();
    assertThat(projection.get("details").get("deadLetters").asLong()).isZero();
    assertThat(projection.get("details").get("repairs").asLong()).isPositive();
    assertThat(DeadLetterTopic.read(TestServers.kafkaBootstrapServers()))
        .noneMatch(r -> r.value().contains(id));
    assertThat(api().get("/actuator/prometheus").body())
        .containsPattern(
            "inovik_projection_repairs_total\\{[^}]*reason=\"missing-document\"[^}]*} [1-9]");
  }

  @Test
  void aGapInTheSequenceIsFilledFromTheHistory() {
    String id = newId();
    String region = "52.71";
    Instant start = Instant.parse("2024-05-01T00:00:00Z");
    EventStream.Innovation innovation =
        events()
            .innovation(id, start)
            .withhold(
                proposed(
                    id,
                    profile(
                        "Sampah Jadi Emas",
                        region,
                        "Bank sampah.",
                        GovernmentAffair.LINGKUNGAN_HIDUP),
                    start))
            .withhold(
                new InnovationReviewedEvent(id, region, true, "Layak", LocalDate.of(2024, 5, 3)))
            .withhold(
                new InnovationEstablishedEvent(
                    id, region, "188.45/2/KEP/52.71/2024", LocalDate.of(2024, 5, 10)))
            .withhold(new InnovationTrialStartedEvent(id, region, LocalDate.of(2024, 6, 1)));
    commandService().history(id, innovation.history());
    innovation.send(0);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api().get("/api/innovations/" + id).status() == 200);

    // The review never reached the topic: 2 cannot follow 0.
    innovation.send(2).send(3);

    JsonNode doc =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> api().get("/api/innovations/" + id),
                r -> r.status() == 200 && r.json().get("lastSequence").asLong() == 3)
            .json();
    assertThat(doc.get("stage").asString()).isEqualTo("UJI_COBA");
    assertThat(doc.get("reviewedOn").asString()).isEqualTo("2024-05-03");
    assertThat(doc.get("trialStartedOn").asString()).isEqualTo("2024-06-01");
    assertThat(projectionHealth().get("details").get("deadLetters").asLong()).isZero();
    assertThat(api().get("/actuator/prometheus").body())
        .containsPattern(
            "inovik_projection_repairs_total\\{[^}]*reason=\"out-of-order\"[^}]*} [1-9]");
  }

  @Test
  void anInnovationTheCommandServiceDoesNotKnowIsDeadLetteredAsMissingDocument() {
    String id = newId();
    String region = "63.71";
    Instant start = Instant.parse("2024-07-01T00:00:00Z");
    events()
        .innovation(id, start)
        .withhold(
            proposed(
                id, profile("Tak dikenal", region, "Rancangan.", GovernmentAffair.SOSIAL), start))
        .withhold(new InnovationReviewedEvent(id, region, true, "Layak", LocalDate.of(2024, 7, 2)))
        .send(1);

    JsonNode projection =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(this::projectionHealth, p -> p.get("details").get("deadLetters").asLong() >= 1);
    assertThat(projection.get("status").asString()).isEqualTo("DOWN");
    assertThat(projection.get("details").get("lastError").asString())
        .contains("missing-document", id, "404");
    assertThat(commandService().requestsFor(id)).isEqualTo(1);
    assertThat(DeadLetterTopic.read(TestServers.kafkaBootstrapServers()))
        .anySatisfy(
            r -> {
              assertThat(r.value()).contains(id);
              assertThat(DeadLetterTopic.header(r, DeadLetterPublisher.REASON_HEADER))
                  .isEqualTo("missing-document");
              assertThat(DeadLetterTopic.header(r, DeadLetterPublisher.MESSAGE_HEADER))
                  .contains("the command service has no history of innovation " + id);
            });
    assertThat(api().get("/api/innovations/" + id).status()).isEqualTo(404);
  }

  @Test
  void whileTheCommandServiceFailsTheBatchIsRetriedThenApplied() {
    String id = newId();
    String region = "64.72";
    Instant start = Instant.parse("2024-08-01T00:00:00Z");
    EventStream.Innovation innovation =
        events()
            .innovation(id, start)
            .withhold(
                proposed(
                    id,
                    profile("Tunda dulu", region, "Rancangan.", GovernmentAffair.SOSIAL),
                    start))
            .withhold(
                new InnovationReviewedEvent(id, region, false, "Belum", LocalDate.of(2024, 8, 2)));
    commandService().history(id, innovation.history());

    commandService().answerWith(503);
    innovation.send(1);
    JsonNode failing = awaitRetrying("503");
    assertThat(failing.get("status").asString()).isEqualTo("DOWN");

    commandService().stop();
    JsonNode unreachable = awaitRetrying("unreachable");
    assertThat(unreachable.get("status").asString()).isEqualTo("DOWN");
    assertThat(unreachable.get("details").get("deadLetters").asLong()).isZero();
    assertThat(api().get("/api/innovations/" + id).status()).isEqualTo(404);

    commandService().start();
    JsonNode doc =
        await()
            .atMost(Duration.ofSeconds(45))
            .until(() -> api().get("/api/innovations/" + id), r -> r.status() == 200)
            .json();
    assertThat(doc.get("stage").asString()).isEqualTo("TIDAK_LAYAK");
    assertThat(doc.get("lastSequence").asLong()).isEqualTo(1);
    JsonNode projection =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(this::projectionHealth, p -> p.get("status").asString().equals("UP"));
    assertThat(projection.get("details").has("retrying")).isFalse();
    assertThat(projection.get("details").get("deadLetters").asLong()).isZero();
    assertThat(DeadLetterTopic.read(TestServers.kafkaBootstrapServers()))
        .noneMatch(r -> r.value().contains(id));
  }

  private JsonNode awaitRetrying(String cause) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            this::projectionHealth,
            p ->
                p.get("details").has("retrying")
                    && p.get("details").get("retrying").asString().contains(cause));
  }

  private JsonNode projectionHealth() {
    return api().get("/actuator/health").json().get("components").get("projection");
  }

  private GetResponse<InnovationDocument> stored(String id) throws Exception {
    GetResponse<InnovationDocument> r =
        elasticsearch.get(g -> g.index("innovations").id(id), InnovationDocument.class);
    return r.found() ? r : null;
  }
}
