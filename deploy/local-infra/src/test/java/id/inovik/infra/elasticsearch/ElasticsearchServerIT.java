package id.inovik.infra.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Start, stop and the guarantee that Elasticsearch never outlives the JVM that started it. */
class ElasticsearchServerIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void startsHealthyAndStopsCompletely() throws Exception {
    ElasticsearchServer server = ElasticsearchServer.builder().heap("256m").build().start();
    URI url = server.baseUrl();
    long pid = serverPid(server);
    try {
      HttpResponse<String> health = get(url.resolve("/_cluster/health"));
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"green\"");
      System.out.printf(
          "Elasticsearch started in %d ms, server RSS %d MB (heap 256m)%n",
          server.startupTime().toMillis(), server.residentMemoryBytes().orElse(0) / (1024 * 1024));
    } finally {
      server.stop();
    }
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    assertRefused(url);
    assertThat(server.isRunning()).isFalse();
    assertThat(server.workDir()).doesNotExist();
  }

  @Test
  void stopsWhenTheJvmThatStartedItIsKilled() throws Exception {
    Path work =
        Path.of("/var/tmp", "inovik-" + System.getProperty("user.name"), "runs")
            .resolve("kill-test-" + UUID.randomUUID());
    Process parent =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "id.inovik.infra.ElasticsearchMain",
                    "--work-dir",
                    work.toString(),
                    "--http-port",
                    "0",
                    "--heap",
                    "256m"))
            .redirectErrorStream(true)
            .start();
    try {
      URI url = awaitReady(parent);
      long server = Long.parseLong(Files.readString(work.resolve("elasticsearch.pid")).strip());
      assertThat(get(url.resolve("/_cluster/health")).statusCode()).isEqualTo(200);

      parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

      ProcessHandle.of(server).ifPresent(p -> p.onExit().orTimeout(60, TimeUnit.SECONDS).join());
      assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive))
          .isNotEqualTo(Optional.of(true));
      assertRefused(url);
    } finally {
      parent.destroyForcibly();
      FileTrees.delete(work);
    }
  }

  private static long serverPid(ElasticsearchServer server) throws IOException {
    Path work = server.workDir();
    return Long.parseLong(Files.readString(work.resolve("elasticsearch.pid")).strip());
  }

  private static URI awaitReady(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = out.readLine()) != null) {
      if (line.startsWith("READY ")) {
        return URI.create(line.substring("READY ".length()).strip());
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("ElasticsearchMain ended without READY:\n" + seen);
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void assertRefused(URI url) {
    try {
      get(url.resolve("/_cluster/health"));
      throw new AssertionError("Elasticsearch still answers at " + url);
    } catch (ConnectException expected) {
      // nothing listens any more
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("Unexpected failure probing " + url, e);
    }
  }
}
