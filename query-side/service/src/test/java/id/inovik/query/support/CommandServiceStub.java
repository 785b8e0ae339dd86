package id.inovik.query.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server standing in for the command service's one read the query side uses, {@code GET
 * /api/innovations/{id}/events}: it answers the histories a test registered (the envelopes the
 * command side would serve, built like {@link EventStream} builds the topic's records) and a 404
 * problem for any other innovation, as the command service does. A test can make it answer an error
 * status, or stop it so that connections are refused, and start it again on the same port. One per
 * test JVM, shared like the application context.
 */
public final class CommandServiceStub {

  private static final Pattern HISTORY = Pattern.compile("/api/innovations/([^/]+)/events");
  private static CommandServiceStub shared;

  private final Map<String, String> histories = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private volatile int failWith;
  private int port;
  private HttpServer server;

  private CommandServiceStub() {}

  public static synchronized CommandServiceStub shared() {
    if (shared == null) {
      CommandServiceStub stub = new CommandServiceStub();
      stub.start();
      Runtime.getRuntime().addShutdownHook(new Thread(stub::stop, "command-service-stub-stop"));
      shared = stub;
    }
    return shared;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Serves {@code envelopes} (JSON objects, sequence 0 first) as the history of {@code id}. */
  public void history(String id, List<String> envelopes) {
    histories.put(id, "[" + String.join(",", envelopes) + "]");
  }

  /** How many times the history of {@code id} was asked for. */
  public int requestsFor(String id) {
    AtomicInteger count = requests.get(id);
    return count == null ? 0 : count.get();
  }

  /** Answers every request with {@code status} (e.g. 503) until {@link #answerNormally}. */
  public void answerWith(int status) {
    failWith = status;
  }

  public void answerNormally() {
    failWith = 0;
  }

  /** Listens again on the same port, answering normally. */
  public synchronized void start() {
    if (server != null) {
      return;
    }
    failWith = 0;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on port " + port, e);
    }
    server.createContext("/", this::handle);
    server.start();
    port = server.getAddress().getPort();
  }

  /** Stops listening: connections to {@link #baseUrl()} are refused until {@link #start}. */
  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher history = HISTORY.matcher(exchange.getRequestURI().getPath());
      if (!"GET".equals(exchange.getRequestMethod()) || !history.matches()) {
        respond(exchange, 404, problem(404, "No such resource"));
        return;
      }
      String id = history.group(1);
      requests.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      if (failWith != 0) {
        respond(exchange, failWith, problem(failWith, "The stub was told to fail"));
        return;
      }
      String body = histories.get(id);
      if (body == null) {
        respond(exchange, 404, problem(404, "No innovation with id " + id));
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      send(exchange, 200, body);
    }
  }

  private static String problem(int status, String detail) {
    return "{\"type\":\"/problems/"
        + (status == 404 ? "not-found" : "internal")
        + "\",\"status\":"
        + status
        + ",\"detail\":\""
        + detail
        + "\"}";
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
    send(exchange, status, body);
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
