package id.inovik.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.inovik.api.region.RegionCatalog;
import id.inovik.command.support.Http;
import id.inovik.dataset.CommandApiLoader;
import id.inovik.dataset.DatasetGenerator;
import id.inovik.dataset.GeneratedEdition;
import id.inovik.dataset.GeneratedInnovation;
import id.inovik.dataset.Scale;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The local run's demo: the generator's demo dataset loaded through the command service's REST API,
 * as inovik-up does, becomes searchable with the example queries inovik-up prints; loading it again
 * creates nothing.
 */
class DemoDatasetIT {

  @Test
  void theDemoDatasetLoadsThroughTheCommandApiAndAnswersTheSuggestedQueries() throws Exception {
    SystemUnderTest system = SystemUnderTest.get();
    Http queries = new Http(system.query.baseUrl());
    GeneratedEdition demo =
        new DatasetGenerator(RegionCatalog.load(), 2025).generate(Scale.DEMO, 2025);
    List<GeneratedInnovation> innovations =
        demo.regions().stream().flatMap(r -> r.innovations().stream()).toList();
    int before = total(queries, "");
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    CommandApiLoader loader =
        new CommandApiLoader(
            URI.create(system.command.baseUrl() + "/"),
            4,
            0,
            new PrintStream(progress, true, StandardCharsets.UTF_8));

    CommandApiLoader.Result first = loader.load(innovations);

    assertThat(first.problems()).isEmpty();
    // the system is shared: another system test (DemoEditionIT) may have loaded the same demo
    // innovations already, which the loader must then find rather than propose twice
    assertThat(first.proposed() + first.alreadyPresent()).isEqualTo(innovations.size());
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(total(queries, "")).isEqualTo(before + first.proposed()));
    assertThat(total(queries, "q=puskesmas&province=35&stage=PENERAPAN")).isPositive();
    assertThat(total(queries, "q=bapenda&digital=true")).isPositive();
    assertThat(total(queries, "q=layanan%20adminduk&region=35.07")).isPositive();
    assertThat(total(queries, "status=BERHENTI")).isPositive();
    assertThat(total(queries, "stage=TIDAK_LAYAK")).isPositive();

    CommandApiLoader.Result again = loader.load(innovations);

    assertThat(again.proposed()).isZero();
    assertThat(again.alreadyPresent()).isEqualTo(innovations.size());
    assertThat(again.problems()).isEmpty();
    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("innovations in");
  }

  private static int total(Http queries, String query) {
    Http.Response answer =
        queries.get("/api/innovations/search?size=0" + (query.isEmpty() ? "" : "&" + query));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().get("total").asInt();
  }
}
