package id.inovik.query;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.query.support.Api;
import id.inovik.query.support.QueryServiceIntegrationTest;
import org.junit.jupiter.api.Test;

class DashboardPageIT extends QueryServiceIntegrationTest {

  @Test
  void theSearchPageAndItsAssetsAreServedAtTheRoot() {
    Api.Response page = api().get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("Pencarian inovasi daerah", "app.js", "app.css");

    Api.Response script = api().get("/app.js");
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.body()).contains("/api/innovations/search");
    assertThat(api().get("/app.css").status()).isEqualTo(200);
  }
}
