package id.inovik.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.inovik.command.support.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The innovation registry end to end, as a user meets it: HTTP commands to the command service,
 * events through the PostgreSQL event store and Kafka, the Elasticsearch read model, HTTP searches
 * on the query service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InnovationRegistryIT {

  static Http commands;
  static Http queries;

  @BeforeAll
  static void system() {
    SystemUnderTest system = SystemUnderTest.get();
    commands = new Http(system.command.baseUrl());
    queries = new Http(system.query.baseUrl());
  }

  static String proposal(String name, String region, String design, String affair) {
    return """
        {"name":"%s","regionCode":"%s","owningAgency":"Pemerintah Daerah",
         "initiator":{"kind":"PERANGKAT_DAERAH","name":"Bagian Organisasi"},"digital":true,
         "form":"PELAYANAN_PUBLIK","themes":["Urusan wajib pelayanan dasar"],"mainAffair":"%s",
         "design":"%s","goals":"Mempercepat pelayanan kepada warga.",
         "benefits":"Warga terlayani lebih cepat dan murah.","budget":50000000,
         "plannedTrialDate":"2024-02-01","plannedImplementationDate":"2024-05-01"}
        """
        .formatted(name, region, affair, design);
  }

  static String propose(String key, String name, String region, String design, String affair) {
    Http.Response r =
        commands.post(
            "/api/innovations", proposal(name, region, design, affair), "Idempotency-Key", key);
    assertThat(r.status()).as(r.body()).isIn(200, 201);
    return r.json().get("id").asString();
  }

  static void implement(String id) {
    assertThat(
            commands
                .post(
                    "/api/innovations/" + id + "/review",
                    "{\"feasible\":true,\"reviewedOn\":\"2024-01-10\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            commands
                .post(
                    "/api/innovations/" + id + "/establish",
                    "{\"decreeNumber\":\"188.45/1/KEP/2024\",\"decreeDate\":\"2024-01-20\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            commands
                .post("/api/innovations/" + id + "/trial", "{\"startedOn\":\"2024-02-01\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            commands
                .post(
                    "/api/innovations/" + id + "/implementation",
                    "{\"implementedOn\":\"2024-05-01\"}")
                .status())
        .isEqualTo(200);
  }

  static JsonNode search(String query) {
    Http.Response r = queries.get("/api/innovations/search?" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("items").forEach(item -> ids.add(item.get("id").asString()));
    return ids;
  }

  @Test
  @Order(1)
  void aCommandBecomesASearchHitWithItsStageAndAnIndonesianQueryFindsIt() {
    String id =
        propose(
            "e2e-akta",
            "Pelayanan Akta Kelahiran Terpadu",
            "35.79",
            "Akta kelahiran diterbitkan langsung di rumah sakit bersama Dinas Kependudukan dan Pencatatan Sipil.",
            "ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL");
    implement(id);

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () -> {
              JsonNode result = search(q("layanan akta") + "&region=35.79");
              assertThat(ids(result)).contains(id);
              JsonNode hit = result.get("items").get(ids(result).indexOf(id));
              assertThat(hit.get("stage").asString()).isEqualTo("PENERAPAN");
              assertThat(hit.get("regionName").asString()).isEqualTo("Kota Batu");
              assertThat(hit.get("provinceName").asString()).isEqualTo("Jawa Timur");
            });
    assertThat(ids(search(q("melayani")))).contains(id);
    assertThat(ids(search(q("disdukcapil")))).contains(id);
    assertThat(ids(search(q("RS")))).contains(id);

    Http.Response one = queries.get("/api/innovations/" + id);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().get("name").asString()).isEqualTo("Pelayanan Akta Kelahiran Terpadu");
  }

  @Test
  @Order(2)
  void concurrentEditsWithTheSameVersionLetExactlyOneWin() throws Exception {
    String id =
        propose(
            "e2e-concurrent",
            "Sistem Antrean Puskesmas",
            "33.28",
            "Antrean daring puskesmas.",
            "KESEHATAN");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> edits = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String name = "Sistem Antrean Puskesmas v" + i;
        edits.add(
            () ->
                commands
                    .patch(
                        "/api/innovations/" + id,
                        "{\"name\":\"" + name + "\"}",
                        "If-Match",
                        "\"0\"")
                    .status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(edits)) {
        statuses.add(f.get());
      }
      assertThat(Collections.frequency(statuses, 200)).isEqualTo(1);
      assertThat(Collections.frequency(statuses, 409)).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Order(3)
  void commandToReadableAndSearchableLatency() {
    int n = 40;
    List<Long> readable = new ArrayList<>();
    List<Long> searchable = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      String id =
          propose(
              "e2e-latency-" + i,
              "Inovasi Pengukuran " + i,
              "32.73",
              "Pengukuran waktu sampai dapat dicari.",
              "STATISTIK");
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(10))
          .until(() -> queries.get("/api/innovations/" + id).status() == 200);
      readable.add((System.nanoTime() - start) / 1_000_000);
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(25))
          .until(() -> ids(search("region=32.73&size=100&sort=newest")).contains(id));
      searchable.add((System.nanoTime() - start) / 1_000_000);
    }
    System.out.println("command acknowledged -> " + percentiles("readable by id", readable));
    System.out.println(
        "command acknowledged -> " + percentiles("searchable (incl. 1 s refresh)", searchable));
    assertThat(readable).hasSize(n);
  }

  private static String percentiles(String what, List<Long> millis) {
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int n = sorted.size();
    return String.format(
        "%s over %d innovations: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms",
        what,
        n,
        sorted.get(n / 2),
        sorted.get(n * 9 / 10),
        sorted.get(Math.min(n - 1, n * 99 / 100)),
        sorted.get(n - 1));
  }

  @Test
  @Order(4)
  void rebuildingTheReadModelFromTheLogGivesIdenticalDocuments() {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> search("size=0").get("total").asLong() >= 42);
    JsonNode all = search("size=100");
    Map<String, JsonNode> before = new LinkedHashMap<>();
    for (String id : ids(all)) {
      before.put(id, queries.get("/api/innovations/" + id).json());
    }
    Http.Response rebuild = queries.post("/api/admin/projections/innovations/rebuild", "{}");
    assertThat(rebuild.status()).as(rebuild.body()).isIn(200, 202);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              for (Map.Entry<String, JsonNode> e : before.entrySet()) {
                Http.Response after = queries.get("/api/innovations/" + e.getKey());
                assertThat(after.status()).isEqualTo(200);
                assertThat(after.json()).isEqualTo(e.getValue());
              }
            });
    assertThat(search("size=0").get("total").asLong()).isEqualTo(all.get("total").asLong());
  }
}
