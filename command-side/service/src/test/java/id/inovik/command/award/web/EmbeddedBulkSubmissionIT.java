package id.inovik.command.award.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.command.CommandApplication;
import id.inovik.command.support.Http;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bulk file of many regions on the embedded H2 store of the local run (inovik-up's default):
 * regions go in parallel, each in its own transaction, and every one is stored (the award lookup's
 * submission row is written with an upsert that concurrent transactions do not trip over).
 */
class EmbeddedBulkSubmissionIT {

  static final List<String> REGIONS =
      List.of(
          "35.07", "35.79", "35.78", "73.71", "33.02", "31.71", "12.71", "51.71", "64.72", "91.71",
          "11.71", "32.73");

  @TempDir Path dataDir;

  @Test
  void everyRegionOfAFileIsStoredOnTheEmbeddedStore() {
    try (ConfigurableApplicationContext app =
        new SpringApplication(CommandApplication.class)
            .run(
                "--server.port=0",
                "--inovik.data-dir=" + dataDir,
                "--spring.kafka.bootstrap-servers=127.0.0.1:1",
                "--spring.kafka.admin.auto-create=false")) {
      Http http =
          new Http("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
      assertThat(http.post("/api/editions", EditionApiIT.edition(2027)).status()).isEqualTo(201);
      List<String> regions = new ArrayList<>();
      for (String code : REGIONS) {
        Http.Response proposed =
            http.post("/api/innovations", SubmissionApiIT.proposal("Inovasi " + code, code));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String id = proposed.json().get("id").asString();
        regions.add(
            """
            {"code":"%s","spd":{"8":%s},
             "innovations":[{"id":"%s","indicators":{"16":%s,"35":%s}}]}
            """
                .formatted(code, claim(3), id, claim(2), claim(1)));
      }
      assertThat(http.post("/api/editions/IGA/2027/stages/penjaringan/open", null).status())
          .isEqualTo(200);
      Http.Response posted =
          http.post(
              "/api/editions/IGA/2027/submissions",
              "{\"regions\":[" + String.join(",", regions) + "]}");
      assertThat(posted.status()).as(posted.body()).isEqualTo(200);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from inovik_award_submission where edition_id = 'IGA-2027'",
                  Integer.class))
          .isEqualTo(REGIONS.size());
      assertThat(http.get("/api/editions/IGA/2027/submissions/91.71").json().get("spd").toString())
          .contains("\"8\"");
    }
  }

  static String claim(int option) {
    return """
        {"option":%d,"evidence":[{"kind":"URL","title":"Data dukung","url":"https://example.org/d"}]}
        """
        .formatted(option);
  }
}
