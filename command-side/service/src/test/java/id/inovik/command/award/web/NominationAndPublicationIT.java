package id.inovik.command.award.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.award.AwardTopics;
import id.inovik.command.support.Http;
import id.inovik.command.support.PostgresTestDatabase;
import id.inovik.command.support.PublishedRecords;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.edition.EngineVersion;
import id.inovik.scoring.iid.IndicatorClaim;
import id.inovik.scoring.iid.InnovationSubmission;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.iid.ValidationStatus;
import id.inovik.scoring.jury.Evaluation;
import id.inovik.scoring.jury.Juror;
import id.inovik.scoring.jury.JuryConfig;
import id.inovik.scoring.jury.JuryRegionResult;
import id.inovik.scoring.jury.JuryResult;
import id.inovik.scoring.jury.JuryScoring;
import id.inovik.scoring.jury.PresentationEvaluation;
import id.inovik.scoring.ranking.CategoryRanking;
import id.inovik.scoring.ranking.RankedEntry;
import id.inovik.scoring.region.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An IGA edition from collection to publication over REST on PostgreSQL and Kafka: the ranking a
 * nominee decision records is the one the scoring engine computes from the same claims and
 * decisions (built here by hand, independently of the service's fold), and the published results
 * hold the final standings under the decree, once.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(partitions = 2)
class NominationAndPublicationIT {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();
  static final String BASE = "/api/editions/IGA/2028";
  static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

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

  /** What one region claims (SPD rows 8 and 2a, SID rows 16 and 35 of one innovation). */
  record Claims(String region, int spd8, int spd2a, int sid16, int sid35) {}

  static final List<Claims> CLAIMS =
      List.of(
          new Claims("35.79", 3, 2, 3, 3), // Kota Batu
          new Claims("73.71", 2, 2, 2, 1), // Kota Makassar
          new Claims("35.78", 3, 3, 3, 3), // Kota Surabaya: loses row 8 and row 35 in validation
          new Claims("35.07", 1, 1, 1, 1)); // Kabupaten Malang

  static String proposal(String name, String region) {
    return """
        {"name":"%s","regionCode":"%s","owningAgency":"Dinas Kesehatan",
         "initiator":{"kind":"ASN","name":"dr. Rina Marlina"},"digital":true,
         "form":"PELAYANAN_PUBLIK","mainAffair":"KESEHATAN",
         "design":"Pendaftaran pasien lansia lewat aplikasi.","goals":"Memangkas antrean.",
         "benefits":"Waktu tunggu turun."}
        """
        .formatted(name, region);
  }

  static String claim(int option) {
    return """
        {"option":%d,"evidence":[{"kind":"UMUM","title":"Data dukung","contentHash":"%s"}]}
        """
        .formatted(option, HASH);
  }

  static String edition() {
    return """
        {"programme":"IGA","year":2028,"rubricEdition":2026,
         "categories":[{"code":"kota","label":"Kota","nominees":2,"winners":1},
                       {"code":"kabupaten","label":"Kabupaten","nominees":3,"winners":2}],
         "schedule":{"penjaringan":{"opensOn":"2028-06-20","closesOn":"2028-08-23"},
                     "pengukuran":{"opensOn":"2028-08-24","closesOn":"2028-10-18"},
                     "presentasi":{"opensOn":"2028-11-04","closesOn":"2028-11-06"},
                     "validasi-lapangan":{"opensOn":"2028-11-10","closesOn":"2028-11-25"},
                     "pleno":{"opensOn":"2028-12-01","closesOn":"2028-12-01"}}}
        """;
  }

  @Test
  void anEditionRunsFromClaimsToPublishedResults() {
    Http http = new Http("http://127.0.0.1:" + port);
    assertThat(http.post("/api/editions", edition()).status()).isEqualTo(201);
    Map<String, String> innovationOf = new HashMap<>();
    for (Claims c : CLAIMS) {
      Http.Response proposed =
          http.post("/api/innovations", proposal("Inovasi " + c.region(), c.region()));
      assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
      innovationOf.put(c.region(), proposed.json().get("id").asString());
    }
    assertThat(http.post(BASE + "/stages/penjaringan/open", null).status()).isEqualTo(200);
    for (Claims c : CLAIMS) {
      String at = BASE + "/submissions/" + c.region();
      Http.Response spd =
          http.send(
              "PUT",
              at + "/spd",
              "{\"claims\":{\"8\":" + claim(c.spd8()) + ",\"2a\":" + claim(c.spd2a()) + "}}");
      assertThat(spd.status()).as(spd.body()).isEqualTo(200);
      Http.Response sid =
          http.send(
              "PUT",
              at + "/innovations/" + innovationOf.get(c.region()),
              "{\"claims\":{\"16\":" + claim(c.sid16()) + ",\"35\":" + claim(c.sid35()) + "}}");
      assertThat(sid.status()).as(sid.body()).isEqualTo(200);
    }
    assertThat(http.post(BASE + "/stages/pengukuran/open", null).status()).isEqualTo(200);
    Http.Response decided =
        http.post(
            BASE + "/submissions/35.78/decisions",
            """
            {"validator":"Verifikator 07","role":"VERIFIER","decisions":[
              {"indicator":"8","outcome":"DOWNGRADED","option":1,"note":"Opini WDP"},
              {"innovationId":"%s","indicator":"35","outcome":"ZEROED","note":"Video privat"}]}
            """
                .formatted(innovationOf.get("35.78")));
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);

    // a kabupaten does not compete among the kota: refused by field, nothing written
    Http.Response wrongCategory =
        http.send("PUT", BASE + "/categories/kota/nominees", "{\"regionCodes\":[\"35.07\"]}");
    assertThat(wrongCategory.status()).isEqualTo(400);
    assertThat(wrongCategory.json().get("errors").get(0).get("field").asString())
        .isEqualTo("regionCodes[0]");
    Http.Response both =
        http.send(
            "PUT", BASE + "/categories/kota/nominees", "{\"regionCodes\":[\"35.79\"],\"top\":2}");
    assertThat(both.status()).isEqualTo(400);

    Http.Response nominated = http.send("PUT", BASE + "/categories/kota/nominees", "{\"top\":2}");
    assertThat(nominated.status()).as(nominated.body()).isEqualTo(200);

    CategoryRanking expected = expectedKotaRanking(innovationOf);
    JsonNode nominees = http.get(BASE + "/categories/kota/nominees").json();
    JsonNode ranking = nominees.get("ranking");
    assertThat(ranking.get("engineVersion").asString()).isEqualTo(EngineVersion.CURRENT);
    assertThat(ranking.get("rubricEdition").asInt()).isEqualTo(2026);
    assertThat(ranking.get("rubricFingerprint").asString())
        .isEqualTo(RubricCatalogue.standard().fingerprint(2026));
    assertThat(ranking.get("streamVersions").get("35.78@IGA-2028").asLong())
        .as("the Surabaya stream was read up to its validation batch")
        .isEqualTo(2);
    List<String> rankedCodes = new ArrayList<>();
    ranking.get("entries").forEach(e -> rankedCodes.add(e.get("regionCode").asString()));
    assertThat(rankedCodes)
        .containsExactlyElementsOf(
            expected.entries().stream().map(e -> e.standing().regionCode()).toList());
    for (int i = 0; i < expected.entries().size(); i++) {
      RankedEntry e = expected.entries().get(i);
      JsonNode got = ranking.get("entries").get(i);
      assertThat(got.get("iid").decimalValue())
          .as("IID of " + e.standing().regionCode())
          .isEqualByComparingTo(e.standing().iid());
      assertThat(got.get("rank").decimalValue()).isEqualByComparingTo(e.rank());
    }
    assertThat(rankedCodes).doesNotContain("35.07");
    List<String> nomineeCodes = new ArrayList<>();
    nominees.get("nominees").forEach(n -> nomineeCodes.add(n.asString()));
    assertThat(nomineeCodes).containsExactlyElementsOf(rankedCodes.subList(0, 2));

    // the jury: two jurors hear both kota nominees, then visit them
    String jury = BASE + "/jury";
    assertThat(http.post(BASE + "/stages/presentasi/open", null).status()).isEqualTo(200);
    for (String juror :
        List.of(
            "{\"id\":\"j1\",\"name\":\"Dr. Sri Wahyuni\",\"provinceCode\":\"31\"}",
            "{\"id\":\"j2\",\"name\":\"Prof. Andi Rahman\",\"provinceCode\":\"12\"}")) {
      assertThat(http.post(jury + "/jurors", juror).status()).isEqualTo(201);
    }
    int[][] presentation = {{80, 70}, {60, 90}}; // [juror][nominee] kebaruan
    int[][] field = {{75, 85}, {70, 65}};
    for (int j = 0; j < 2; j++) {
      for (int n = 0; n < 2; n++) {
        String at = jury + "/jurors/j" + (j + 1);
        String nominee = nomineeCodes.get(n);
        assertThat(http.send("PUT", at + "/assignments/" + nominee, null).status()).isEqualTo(200);
        Http.Response scored =
            http.send(
                "PUT", at + "/presentation/" + nominee, PRESENTATION.formatted(presentation[j][n]));
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
      }
    }
    assertThat(http.post(BASE + "/stages/validasi-lapangan/open", null).status()).isEqualTo(200);
    for (int j = 0; j < 2; j++) {
      for (int n = 0; n < 2; n++) {
        Http.Response scored =
            http.send(
                "PUT",
                jury + "/jurors/j" + (j + 1) + "/field/" + nomineeCodes.get(n),
                "{\"score\":" + field[j][n] + "}");
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
      }
    }
    assertThat(http.post(BASE + "/stages/pleno/open", null).status()).isEqualTo(200);
    Http.Response tooMany =
        http.send(
            "PUT",
            BASE + "/categories/kota/winners",
            "{\"regionCodes\":" + json(nomineeCodes) + "}");
    assertThat(tooMany.status()).as("kota takes one winner").isEqualTo(400);
    String winner = nomineeCodes.get(1);
    assertThat(
            http.send(
                    "PUT",
                    BASE + "/categories/kota/winners",
                    "{\"regionCodes\":[\"" + winner + "\"]}")
                .status())
        .isEqualTo(200);

    Http.Response noDecree = http.post(BASE + "/publication", "{}");
    assertThat(noDecree.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    noDecree.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).contains("decreeNumber", "decreeDate");

    Http.Response published =
        http.post(
            BASE + "/publication",
            "{\"decreeNumber\":\"400.10.11-9001\",\"decreeDate\":\"2028-12-06\"}");
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    JsonNode results = http.get(BASE + "/results").json();
    assertThat(results.get("decreeNumber").asString()).isEqualTo("400.10.11-9001");
    JsonNode kota = null;
    for (JsonNode c : results.get("categories")) {
      if (c.get("code").asString().equals("kota")) {
        kota = c;
      }
    }
    assertThat(kota).isNotNull();
    assertThat(kota.get("winners").get(0).asString()).isEqualTo(winner);
    assertThat(kota.get("standings").get("entries").get(0).get("iid").decimalValue())
        .isEqualByComparingTo(expected.entries().getFirst().standing().iid());
    assertThat(http.get(BASE).json().get("publishedUnder").asString()).isEqualTo("400.10.11-9001");

    JuryResult expectedJury = expectedJury(nomineeCodes, expected, presentation, field);
    assertThat(kota.get("juryMethod").asString()).startsWith("PANEL_RESCALE");
    List<String> juryOrder = new ArrayList<>();
    kota.get("jury").forEach(j -> juryOrder.add(j.get("regionCode").asString()));
    assertThat(juryOrder)
        .containsExactlyElementsOf(
            expectedJury.rankings().stream()
                .filter(r -> r.category().equals("kota"))
                .flatMap(r -> r.entries().stream())
                .map(e -> e.regionCode())
                .toList());
    for (JsonNode row : kota.get("jury")) {
      JuryRegionResult want =
          expectedJury.regions().stream()
              .filter(r -> r.regionCode().equals(row.get("regionCode").asString()))
              .findFirst()
              .orElseThrow();
      assertThat(row.get("finalValue").decimalValue())
          .isEqualByComparingTo(
              java.math.BigDecimal.valueOf(want.finalNormalised())
                  .setScale(4, java.math.RoundingMode.HALF_EVEN));
      assertThat(row.get("presentation").decimalValue())
          .isEqualByComparingTo(
              java.math.BigDecimal.valueOf(want.presentationRaw())
                  .setScale(4, java.math.RoundingMode.HALF_EVEN));
    }

    Http.Response again =
        http.post(
            BASE + "/publication",
            "{\"decreeNumber\":\"400.10.11-9002\",\"decreeDate\":\"2028-12-07\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(
            http.send("PUT", BASE + "/categories/kota/winners", "{\"regionCodes\":[\"35.79\"]}")
                .status())
        .as("winners are final once published")
        .isEqualTo(409);

    List<PublishedRecords.Published> onTopic =
        PublishedRecords.read(
            broker.getBrokersAsString(),
            AwardTopics.AWARD_EVENTS,
            e -> e.get("type").asString().equals("EditionResultsPublishedEvent"),
            1);
    assertThat(onTopic.getFirst().key()).isEqualTo("IGA-2028");
    assertThat(onTopic.getFirst().envelope().get("payload").get("decreeNumber").asString())
        .isEqualTo("400.10.11-9001");
  }

  /** The kota ranking as the scoring engine computes it from what this test sent. */
  static CategoryRanking expectedKotaRanking(Map<String, String> innovationOf) {
    List<RegionSubmission> input = new ArrayList<>();
    for (Claims c : CLAIMS) {
      boolean surabaya = c.region().equals("35.78");
      Map<String, IndicatorClaim> spd = new HashMap<>();
      spd.put(
          "8",
          surabaya
              ? new IndicatorClaim(c.spd8(), null, ValidationStatus.DOWNGRADED, 1, "Opini WDP")
              : IndicatorClaim.claimed(c.spd8()));
      spd.put("2a", IndicatorClaim.claimed(c.spd2a()));
      Map<String, IndicatorClaim> sid = new HashMap<>();
      sid.put("16", IndicatorClaim.claimed(c.sid16()));
      sid.put(
          "35",
          surabaya
              ? new IndicatorClaim(c.sid35(), null, ValidationStatus.ZEROED, 0, "Video privat")
              : IndicatorClaim.claimed(c.sid35()));
      input.add(
          new RegionSubmission(
              new Region(c.region(), c.region(), null, null, false, false),
              spd,
              null,
              null,
              List.of(
                  InnovationSubmission.of(
                      innovationOf.get(c.region()), "Kesehatan", List.of(), sid)),
              null));
    }
    return new EditionScoring(RubricCatalogue.edition(2026)).score(input).category("kota");
  }

  static String json(List<String> codes) {
    return "[" + String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList()) + "]";
  }

  static final String PRESENTATION =
      """
      {"scores":{"kebaruan":%d,"kemanfaatan":85,"kewenangan-kolaborasi":75,"replikasi":70,
                 "presentasi":90}}
      """;

  /** The jury's results as the scoring engine computes them from what this test sent. */
  static JuryResult expectedJury(
      List<String> nominees, CategoryRanking ranking, int[][] presentation, int[][] field) {
    Map<String, Region> regions = new java.util.LinkedHashMap<>();
    Map<String, Double> iid = new HashMap<>();
    for (String code : nominees) {
      regions.put(code, new Region(code, code, null, null, false, false));
    }
    ranking
        .entries()
        .forEach(e -> iid.put(e.standing().regionCode(), e.standing().iid().doubleValue()));
    List<PresentationEvaluation> heard = new ArrayList<>();
    List<Evaluation> visited = new ArrayList<>();
    for (int j = 0; j < 2; j++) {
      for (int n = 0; n < 2; n++) {
        heard.add(
            new PresentationEvaluation(
                "j" + (j + 1),
                nominees.get(n),
                Map.of(
                    "kebaruan", (double) presentation[j][n],
                    "kemanfaatan", 85.0,
                    "kewenangan-kolaborasi", 75.0,
                    "replikasi", 70.0,
                    "presentasi", 90.0)));
        visited.add(new Evaluation("j" + (j + 1), nominees.get(n), field[j][n]));
      }
    }
    return new JuryScoring(RubricCatalogue.edition(2026), JuryConfig.DEFAULT)
        .score(
            regions,
            List.of(
                new Juror("j1", "Dr. Sri Wahyuni", "31"),
                new Juror("j2", "Prof. Andi Rahman", "12")),
            heard,
            visited,
            iid);
  }
}
