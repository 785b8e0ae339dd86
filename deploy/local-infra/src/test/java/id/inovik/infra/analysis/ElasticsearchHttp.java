package id.inovik.infra.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Minimal JSON-over-HTTP access to Elasticsearch for tests, with no client library. */
final class ElasticsearchHttp {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  ElasticsearchHttp(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  record Response(int status, JsonNode body) {}

  Response send(String method, String path, Object body) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    HttpRequest request =
        HttpRequest.newBuilder(baseUrl.resolve(path))
            .header("Content-Type", "application/json")
            .method(method, publisher)
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode json =
          response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
      return new Response(response.statusCode(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode ok(String method, String path, Object body) {
    Response response = send(method, path, body);
    if (response.status() / 100 != 2) {
      throw new AssertionError(
          method + " " + path + " -> " + response.status() + " " + response.body());
    }
    return response.body();
  }

  /** Tokens produced by {@code analyzer} of {@code index} for {@code text}, in stream order. */
  List<String> analyze(String index, String analyzer, String text) {
    JsonNode result =
        ok("POST", "/" + index + "/_analyze", Map.of("analyzer", analyzer, "text", text));
    List<String> tokens = new ArrayList<>();
    result.get("tokens").forEach(token -> tokens.add(token.get("token").asString()));
    return tokens;
  }

  /**
   * (Re)creates {@code index} with the project's analysis settings (analysis.json of the query
   * side, the file the innovations index uses) and the given mappings.
   */
  void createIndexWithProjectAnalysis(String index, Object mappings) {
    send("DELETE", "/" + index, null);
    ObjectNode settings = JSON.createObjectNode();
    settings.put("number_of_shards", 1);
    settings.put("number_of_replicas", 0);
    settings.set("analysis", projectAnalysisSettings());
    ObjectNode body = JSON.createObjectNode();
    body.set("settings", settings);
    body.set("mappings", JSON.valueToTree(mappings));
    ok("PUT", "/" + index, body);
  }

  static JsonNode projectAnalysisSettings() {
    String location = System.getProperty("inovik.analysis.settings");
    if (location == null) {
      throw new IllegalStateException("Run through Maven: inovik.analysis.settings is not set");
    }
    try {
      return JSON.readTree(Files.readString(Path.of(location)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + location, e);
    }
  }
}
