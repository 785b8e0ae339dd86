package id.inovik.query.innovation.search;

import static id.inovik.query.support.EventStream.newId;
import static id.inovik.query.support.EventStream.profile;
import static id.inovik.query.support.EventStream.proposed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationEstablishedEvent;
import id.inovik.api.innovation.InnovationImplementedEvent;
import id.inovik.api.innovation.InnovationReviewedEvent;
import id.inovik.api.innovation.InnovationTrialStartedEvent;
import id.inovik.query.support.Api;
import id.inovik.query.support.QueryServiceIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InnovationSearchIT extends QueryServiceIntegrationTest {

  /** Proposes an innovation named "{word} {suffix}" and takes it to {@code implemented} if set. */
  private String innovation(
      String word, String suffix, String region, GovernmentAffair affair, LocalDate implemented) {
    String id = newId();
    Instant at =
        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(Math.abs(id.hashCode() % 100_000));
    var stream =
        events()
            .innovation(id, at)
            .then(
                proposed(
                    id, profile(word + " " + suffix, region, "Rancangan " + word, affair), at));
    if (implemented != null) {
      stream
          .then(new InnovationReviewedEvent(id, region, true, "Layak", implemented.minusDays(60)))
          .then(
              new InnovationEstablishedEvent(
                  id, region, "188/" + suffix, implemented.minusDays(50)))
          .then(new InnovationTrialStartedEvent(id, region, implemented.minusDays(40)))
          .then(new InnovationImplementedEvent(id, region, implemented));
    }
    return id;
  }

  private static Map<String, Long> facet(JsonNode page, String name) {
    Map<String, Long> counts = new HashMap<>();
    page.get("facets")
        .get(name)
        .forEach(b -> counts.put(b.get("key").asString(), b.get("count").asLong()));
    return counts;
  }

  private static List<String> ids(JsonNode page) {
    return page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
  }

  private JsonNode searchWhenAll(String query, int expectedTotal) {
    Api api = api();
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.search(query), page -> page.get("total").asLong() == expectedTotal);
  }

  @Test
  void facetsCountEveryOtherFilterButNotTheirOwn() {
    String word = "Kopisusu" + Integer.toUnsignedString(newId().hashCode());
    innovation(word, "Batu", "35.79", GovernmentAffair.KESEHATAN, LocalDate.of(2024, 5, 1));
    innovation(word, "Malang", "35.73", GovernmentAffair.PENDIDIKAN, LocalDate.of(2023, 3, 1));
    innovation(word, "Sidoarjo", "35.15", GovernmentAffair.KESEHATAN, null);
    innovation(word, "Semarang", "33.74", GovernmentAffair.KESEHATAN, LocalDate.of(2024, 7, 1));
    String q = "q=" + word;
    JsonNode all = searchWhenAll(q + "&stage=PENERAPAN,USULAN", 4);

    JsonNode jatim = api().search(q + "&province=35");
    assertThat(jatim.get("total").asLong()).isEqualTo(3);
    // The province facet ignores the province filter, so the other province still shows up...
    assertThat(facet(jatim, "province")).containsEntry("35", 3L).containsEntry("33", 1L);
    // ...while every other facet counts only Jawa Timur.
    assertThat(facet(jatim, "stage")).containsEntry("PENERAPAN", 2L).containsEntry("USULAN", 1L);
    assertThat(facet(jatim, "regionType")).containsEntry("KOTA", 2L).containsEntry("KABUPATEN", 1L);
    assertThat(facet(jatim, "affair"))
        .containsEntry("KESEHATAN", 2L)
        .containsEntry("PENDIDIKAN", 1L);
    assertThat(facet(jatim, "implementedYear")).containsEntry("2024", 1L).containsEntry("2023", 1L);
    assertThat(jatim.get("facets").get("province").get(0).get("label").asString())
        .isEqualTo("Jawa Timur");

    JsonNode kotaKesehatan =
        api()
            .search(
                q
                    + "&regionType=KOTA&affair=KESEHATAN&implementedFrom=2024-01-01&implementedTo=2024-12-31");
    assertThat(kotaKesehatan.get("total").asLong()).isEqualTo(2);
    assertThat(facet(kotaKesehatan, "regionType"))
        .containsEntry("KOTA", 2L)
        .doesNotContainKey("KABUPATEN");
    assertThat(facet(kotaKesehatan, "implementedYear"))
        .containsEntry("2024", 2L)
        .doesNotContainKey("2023");

    JsonNode twoProvinces = api().search(q + "&province=35&province=33&stage=USULAN");
    assertThat(twoProvinces.get("total").asLong()).isEqualTo(1);
    assertThat(twoProvinces.get("items").get(0).get("regionName").asString())
        .isEqualTo("Kabupaten Sidoarjo");

    JsonNode countsOnly = api().search(q + "&size=0");
    assertThat(countsOnly.get("total").asLong()).isEqualTo(4);
    assertThat(countsOnly.get("items")).isEmpty();
    assertThat(countsOnly.get("nextCursor").isNull()).isTrue();
    assertThat(facet(all, "digital")).containsEntry("true", 4L);
  }

  @Test
  void pagesReturnEveryInnovationOnceEvenWhenOneIsAddedWhilePaging() {
    String word = "Tehmanis" + Integer.toUnsignedString(newId().hashCode());
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 23; i++) {
      created.add(innovation(word, "nomor " + i, "32.73", GovernmentAffair.STATISTIK, null));
    }
    searchWhenAll("q=" + word + "&size=0", 23);

    for (String sort : List.of("relevance", "newest", "oldest", "name")) {
      String query = "q=" + word + "&size=5&sort=" + sort;
      List<String> seen = new ArrayList<>();
      JsonNode page = api().search(query);
      seen.addAll(ids(page));
      String late = null;
      while (!page.get("nextCursor").isNull()) {
        if (late == null) {
          // A write between pages: searchable now, but not part of this paging's snapshot.
          String added =
              innovation(word, "terlambat " + sort, "32.73", GovernmentAffair.STATISTIK, null);
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> ids(api().search("q=" + word + "&size=100")).contains(added));
          late = added;
        }
        page = api().search(query + "&cursor=" + page.get("nextCursor").asString());
        seen.addAll(ids(page));
      }
      assertThat(seen)
          .as(sort)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(created);
      created.add(late);
    }
  }

  @Test
  void badParametersGiveAProblemNamingEachField() {
    Api.Response r =
        api()
            .get(
                "/api/innovations/search?size=500&stage=SELESAI&province=99&sort=best&colour=red&implementedFrom=2024-13-01");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonNode problem = r.json();
    assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
        .containsExactlyInAnyOrder(
            "size", "stage", "province", "sort", "colour", "implementedFrom");
    assertThat(
            problem
                .get("errors")
                .valueStream()
                .filter(e -> e.get("field").asString().equals("size"))
                .findFirst()
                .orElseThrow()
                .get("reason")
                .asString())
        .isEqualTo("must be between 0 and 100");

    Api.Response badCursor = api().get("/api/innovations/search?cursor=bm90LWEtY3Vyc29y");
    assertThat(badCursor.status()).isEqualTo(400);
    assertThat(badCursor.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
  }

  @Test
  void aCursorOnlyWorksWithTheQueryItCameFrom() {
    String word = "Jahe" + Integer.toUnsignedString(newId().hashCode());
    innovation(word, "satu", "32.73", GovernmentAffair.STATISTIK, null);
    innovation(word, "dua", "32.73", GovernmentAffair.STATISTIK, null);
    searchWhenAll("q=" + word + "&size=0", 2);
    String cursor = api().search("q=" + word + "&size=1").get("nextCursor").asString();

    Api.Response other = api().get("/api/innovations/search?q=lain&size=1&cursor=" + cursor);
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
  }

  @Test
  void anUnknownIdIsANotFoundProblem() {
    Api.Response r = api().get("/api/innovations/" + newId());
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("title").asString()).isEqualTo("Innovation not found");
  }

  @Test
  void regionsComeFromTheCatalogueWithLabels() {
    JsonNode provinces = api().get("/api/regions/provinces").json();
    assertThat(provinces.size()).isGreaterThanOrEqualTo(38);
    assertThat(
            provinces
                .valueStream()
                .filter(p -> p.get("code").asString().equals("35"))
                .findFirst()
                .orElseThrow()
                .get("name")
                .asString())
        .isEqualTo("Jawa Timur");

    JsonNode kota = api().get("/api/regions?province=35&type=KOTA").json();
    assertThat(kota.valueStream().map(r -> r.get("name").asString()).toList())
        .contains("Kota Batu", "Kota Malang", "Kota Surabaya")
        .allMatch(name -> name.startsWith("Kota "));
    assertThat(kota.get(0).get("typeLabel").asString()).isEqualTo("Kota");
    assertThat(kota.get(0).get("islandGroup").asString()).isEqualTo("JAWA");
    assertThat(kota.get(0).get("islandGroupLabel").asString()).isEqualTo("Jawa");

    Api.Response missing = api().get("/api/regions?type=KOTA");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("province");
    assertThat(api().get("/api/regions?province=35&type=DESA").status()).isEqualTo(400);
  }
}
