package id.inovik.query.innovation.projection;

import static id.inovik.query.support.EventStream.newId;
import static id.inovik.query.support.EventStream.profile;
import static id.inovik.query.support.EventStream.proposed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationReviewedEvent;
import id.inovik.api.innovation.InnovationStoppedEvent;
import id.inovik.query.innovation.index.InnovationIndex;
import id.inovik.query.support.QueryServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RebuildIT extends QueryServiceIntegrationTest {

  @Autowired ElasticsearchClient elasticsearch;
  @Autowired InnovationIndex index;
  @Autowired RebuildService rebuild;

  @Test
  void aRebuildFromTheTopicGivesIdenticalDocumentsAndVersionsInAFreshIndex() throws Exception {
    String last = null;
    for (int i = 0; i < 12; i++) {
      String id = newId();
      Instant at = Instant.parse("2023-06-01T00:00:00Z").plusSeconds(3600L * i);
      String region = i % 2 == 0 ? "35.79" : "51.71";
      var stream =
          events()
              .innovation(id, at)
              .then(
                  proposed(
                      id,
                      profile(
                          "Inovasi bangun ulang " + i,
                          region,
                          "Rancangan " + i,
                          GovernmentAffair.PARIWISATA),
                      at));
      if (i % 3 == 0) {
        stream.then(
            new InnovationReviewedEvent(
                id, region, false, "Belum matang", LocalDate.of(2023, 7, 1)));
      }
      if (i % 4 == 1) {
        stream.then(new InnovationStoppedEvent(id, region, LocalDate.of(2023, 8, 1), "Vakum"));
      }
      last = id;
    }
    String lastId = last;
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api().get("/api/innovations/" + lastId).status() == 200);
    String before = index.currentIndex().orElseThrow();
    Map<String, String> documentsBefore = everyDocument(before);
    assertThat(documentsBefore).hasSizeGreaterThanOrEqualTo(12);

    RebuildStatus result = rebuild.rebuildNow();

    assertThat(result.state()).isEqualTo(RebuildStatus.State.DONE);
    String after = index.currentIndex().orElseThrow();
    assertThat(after).isNotEqualTo(before).isEqualTo(result.index());
    assertThat(index.allIndexes()).containsExactly(after);
    assertThat(everyDocument(after)).isEqualTo(documentsBefore);
  }

  @Test
  void theRebuildEndpointAnswersAcceptedAndReportsTheOutcome() {
    var started = api().post("/api/admin/projections/innovations/rebuild");
    assertThat(started.status()).isEqualTo(202);
    JsonNode done =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> api().get("/api/admin/projections/innovations/rebuild").json(),
                s -> !s.get("state").asString().equals("RUNNING"));
    assertThat(done.get("state").asString()).isEqualTo("DONE");
    assertThat(done.get("records").asLong()).isPositive();
  }

  @Test
  void eventsPublishedWhileARebuildRunsAreNotLost() throws Exception {
    Instant at = Instant.parse("2023-09-01T00:00:00Z");
    List<String> ids = new ArrayList<>();
    RebuildStatus started = rebuild.start();
    assertThat(started.state()).isEqualTo(RebuildStatus.State.RUNNING);
    while (rebuild.status().state() == RebuildStatus.State.RUNNING || ids.size() < 10) {
      String id = newId();
      events()
          .innovation(id, at)
          .then(
              proposed(
                  id,
                  profile(
                      "Selama bangun ulang " + ids.size(),
                      "34.71",
                      "Rancangan",
                      GovernmentAffair.PARIWISATA),
                  at))
          .then(new InnovationReviewedEvent(id, "34.71", true, "Layak", LocalDate.of(2023, 9, 5)));
      ids.add(id);
      Thread.sleep(20);
    }
    assertThat(rebuild.status().state()).isEqualTo(RebuildStatus.State.DONE);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              for (String id : ids) {
                var doc = api().get("/api/innovations/" + id);
                assertThat(doc.status()).as(id).isEqualTo(200);
                assertThat(doc.json().get("stage").asString()).isEqualTo("LAYAK");
              }
            });
  }

  /** Every document of {@code indexName}: id → source JSON and version. */
  private Map<String, String> everyDocument(String indexName) throws Exception {
    elasticsearch.indices().refresh(r -> r.index(indexName));
    JsonMapper json = JsonMapper.builder().build();
    Map<String, String> docs = new TreeMap<>();
    var response =
        elasticsearch.search(
            s -> s.index(indexName).size(10_000).version(true).query(q -> q.matchAll(m -> m)),
            JsonNode.class);
    for (Hit<JsonNode> hit : response.hits().hits()) {
      docs.put(hit.id(), hit.version() + " " + json.writeValueAsString(hit.source()));
    }
    return docs;
  }
}
