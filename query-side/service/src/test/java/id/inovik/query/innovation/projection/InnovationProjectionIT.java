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
import id.inovik.api.innovation.InnovationImplementedEvent;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationProfileRevisedEvent;
import id.inovik.api.innovation.InnovationResumedEvent;
import id.inovik.api.innovation.InnovationReviewedEvent;
import id.inovik.api.innovation.InnovationStoppedEvent;
import id.inovik.api.innovation.InnovationTrialStartedEvent;
import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.support.Api;
import id.inovik.query.support.EventStream;
import id.inovik.query.support.QueryServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class InnovationProjectionIT extends QueryServiceIntegrationTest {

  @Autowired ElasticsearchClient elasticsearch;

  @Test
  void aFullLifecycleEndsUpInTheIndexAndAnIndonesianQueryFindsIt() {
    String id = newId();
    Instant start = Instant.parse("2024-01-05T03:00:00Z");
    InnovationProfile profile =
        profile(
            "Pelayanan Akta Kelahiran Keliling",
            "35.79",
            "Petugas mendatangi desa untuk menerbitkan akta kelahiran di tempat bersama Dinas"
                + " Kependudukan dan Pencatatan Sipil.",
            GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL);
    InnovationProfile revised =
        new InnovationProfile(
            profile.name(),
            profile.regionCode(),
            "Dinas Kependudukan dan Pencatatan Sipil Kota Batu",
            profile.initiator(),
            profile.digital(),
            profile.form(),
            profile.themes(),
            profile.mainAffair(),
            List.of(GovernmentAffair.KESEHATAN),
            profile.design() + " Kini juga di rumah sakit.",
            profile.goals(),
            profile.benefits(),
            profile.results(),
            profile.budget(),
            profile.plannedTrialDate(),
            profile.plannedImplementationDate(),
            profile.videoUrl());
    events()
        .innovation(id, start)
        .then(proposed(id, profile, start))
        .then(new InnovationReviewedEvent(id, "35.79", true, "Layak", LocalDate.of(2024, 1, 10)))
        .then(
            new InnovationEstablishedEvent(
                id, "35.79", "188.45/1/KEP/2024", LocalDate.of(2024, 1, 20)))
        .then(new InnovationTrialStartedEvent(id, "35.79", LocalDate.of(2024, 2, 1)))
        .then(new InnovationImplementedEvent(id, "35.79", LocalDate.of(2024, 5, 1)))
        .then(new InnovationStoppedEvent(id, "35.79", LocalDate.of(2024, 8, 1), "Anggaran habis"))
        .then(new InnovationResumedEvent(id, "35.79", LocalDate.of(2024, 9, 1)))
        .then(new InnovationProfileRevisedEvent(id, "35.79", revised, List.of("owningAgency")));

    Api api = api();
    JsonNode doc =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> api.get("/api/innovations/" + id),
                r -> r.status() == 200 && r.json().get("lastSequence").asLong() == 7)
            .json();
    assertThat(doc.get("stage").asString()).isEqualTo("PENERAPAN");
    assertThat(doc.get("status").asString()).isEqualTo("AKTIF");
    assertThat(doc.get("regionName").asString()).isEqualTo("Kota Batu");
    assertThat(doc.get("regionType").asString()).isEqualTo("KOTA");
    assertThat(doc.get("provinceName").asString()).isEqualTo("Jawa Timur");
    assertThat(doc.get("owningAgency").asString())
        .isEqualTo("Dinas Kependudukan dan Pencatatan Sipil Kota Batu");
    assertThat(doc.get("decreeNumber").asString()).isEqualTo("188.45/1/KEP/2024");
    assertThat(doc.get("implementedOn").asString()).isEqualTo("2024-05-01");
    assertThat(doc.get("stoppedOn").asString()).isEqualTo("2024-08-01");
    assertThat(doc.get("resumedOn").asString()).isEqualTo("2024-09-01");
    assertThat(doc.get("affairs").valueStream().map(JsonNode::asString).toList())
        .containsExactly("ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL", "KESEHATAN");
    assertThat(doc.get("proposedAt").asString()).isEqualTo("2024-01-05T03:00:00Z");
    assertThat(doc.get("updatedAt").asString()).isEqualTo("2024-01-05T03:07:00Z");
    assertThat(doc.get("designWordCount").asInt()).isEqualTo(20);

    // Search sees the index as of its last refresh (every second), unlike GET by id.
    JsonNode hits =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> api.search("q=layanan&stage=PENERAPAN&region=35.79&size=50"),
                r -> ids(r).contains(id));
    JsonNode hit = hits.get("items").get(ids(hits).indexOf(id));
    assertThat(hit.get("regionName").asString()).isEqualTo("Kota Batu");
    assertThat(hit.get("highlights").get("name").get(0).asString())
        .isEqualTo("<em>Pelayanan</em> Akta Kelahiran Keliling");
    assertThat(ids(api.search("q=" + Api.encode("melayani akta") + "&size=50"))).contains(id);
    assertThat(ids(api.search("q=disdukcapil&size=50"))).contains(id);
  }

  @Test
  void duplicatedAndReplayedRecordsChangeNothing() throws Exception {
    String id = newId();
    Instant start = Instant.parse("2024-03-01T00:00:00Z");
    EventStream.Innovation innovation =
        events()
            .innovation(id, start)
            .then(
                proposed(
                    id,
                    profile(
                        "Antrean Daring Puskesmas",
                        "33.28",
                        "Antrean daring.",
                        GovernmentAffair.KESEHATAN),
                    start))
            .then(
                new InnovationReviewedEvent(id, "33.28", true, "Layak", LocalDate.of(2024, 3, 5)));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> stored(id) != null && stored(id).version() == 2);
    GetResponse<InnovationDocument> before = stored(id);

    innovation.resendAll();
    innovation.resendAll();
    // A later record on the same partition (same region key): once it is applied, the replays
    // before it have been consumed too.
    String marker = newId();
    events()
        .innovation(marker, start)
        .then(
            proposed(
                marker,
                profile("Penanda", "33.28", "Penanda urutan.", GovernmentAffair.KESEHATAN),
                start));
    await().atMost(Duration.ofSeconds(30)).until(() -> stored(marker) != null);

    GetResponse<InnovationDocument> after = stored(id);
    assertThat(after.version()).isEqualTo(before.version()).isEqualTo(2);
    assertThat(after.source()).isEqualTo(before.source());
    assertThat(after.seqNo()).isEqualTo(before.seqNo());
  }

  @Test
  void anEventIsReadableWithinMillisecondsOfBeingPublished() {
    int n = 30;
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = newId();
      long start = System.nanoTime();
      events()
          .send(
              proposed(
                  id,
                  profile("Inovasi ukur " + i, "32.73", "Ukur waktu.", GovernmentAffair.STATISTIK),
                  Instant.now()),
              0,
              Instant.now());
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(5))
          .until(() -> api().get("/api/innovations/" + id).status() == 200);
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    Collections.sort(millis);
    System.out.printf(
        "publish-to-readable over %d events: p50 %d ms, p90 %d ms, max %d ms%n",
        n, millis.get(n / 2), millis.get(n * 9 / 10), millis.get(n - 1));
    assertThat(millis.get(n / 2)).isLessThan(2_000L);
  }

  private GetResponse<InnovationDocument> stored(String id) throws Exception {
    GetResponse<InnovationDocument> r =
        elasticsearch.get(g -> g.index("innovations").id(id), InnovationDocument.class);
    return r.found() ? r : null;
  }

  static List<String> ids(JsonNode page) {
    return page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
  }
}
