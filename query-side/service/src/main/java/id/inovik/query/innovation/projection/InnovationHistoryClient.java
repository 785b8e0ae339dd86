package id.inovik.query.innovation.projection;

import id.inovik.api.messaging.PublishedEvent;
import id.inovik.query.config.QueryProperties;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an innovation's full history from the command service ({@code GET
 * /api/innovations/{id}/events}: the {@link PublishedEvent} envelopes of every stored event, as the
 * publisher sends them to Kafka). The query side's only call to the command side: it is the
 * exception path of the projection, for an innovation whose events the topic lacks.
 */
@Component
public class InnovationHistoryClient implements DisposableBean {

  private final HttpClient http;
  private final String base;
  private final Duration readTimeout;
  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public InnovationHistoryClient(QueryProperties properties) {
    QueryProperties.CommandService commandService = properties.commandService();
    this.base = commandService.url().toString().replaceAll("/+$", "");
    this.readTimeout = commandService.readTimeout();
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(commandService.connectTimeout())
            .build();
  }

  /** Where the history of {@code innovationId} is read. */
  public URI historyUri(String innovationId) {
    String segment = URLEncoder.encode(innovationId, StandardCharsets.UTF_8).replace("+", "%20");
    return URI.create(base + "/api/innovations/" + segment + "/events");
  }

  /**
   * @return the envelopes in the order the command service sent them (sequence 0 first)
   * @throws HistoryNotFoundException the command service has no such innovation (404), or refuses
   *     the id as no innovation's (400): there is nothing to rebuild from, retrying cannot help
   * @throws CommandServiceUnavailableException unreachable, no answer within the read timeout, any
   *     other status (5xx, 401/403 of a misconfigured caller) or a body that is not a history: it
   *     may pass, so the batch is retried
   */
  public List<JsonNode> history(String innovationId) throws HistoryNotFoundException {
    URI uri = historyUri(innovationId);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(readTimeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new CommandServiceUnavailableException(
          "command service did not answer " + uri + " within " + describe(e), e);
    } catch (IOException e) {
      throw new CommandServiceUnavailableException(
          "command service unreachable at " + uri + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandServiceUnavailableException("interrupted while reading " + uri, e);
    }
    int status = response.statusCode();
    if (status == 404 || status == 400) {
      throw new HistoryNotFoundException(
          "the command service has no history of innovation "
              + innovationId
              + " ("
              + status
              + " from "
              + uri
              + ")");
    }
    if (status != 200) {
      throw new CommandServiceUnavailableException(
          "command service answered " + status + " to " + uri + ": " + abbreviate(response.body()));
    }
    JsonNode events;
    try {
      events = json.readTree(response.body());
    } catch (JacksonException e) {
      events = null;
    }
    if (events == null || !events.isArray() || events.valueStream().anyMatch(e -> !e.isObject())) {
      throw new CommandServiceUnavailableException(
          "command service answered "
              + uri
              + " with something that is not a history: "
              + abbreviate(response.body()));
    }
    return events.valueStream().toList();
  }

  private String describe(HttpTimeoutException e) {
    return e instanceof HttpConnectTimeoutException
        ? "the connect timeout"
        : readTimeout.toMillis() + " ms";
  }

  private static String abbreviate(String body) {
    if (body == null) {
      return "";
    }
    String oneLine = body.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
  }

  @Override
  public void destroy() {
    http.close();
  }
}
