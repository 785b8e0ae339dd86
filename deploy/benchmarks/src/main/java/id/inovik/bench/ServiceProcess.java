package id.inovik.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service started from its executable jar as its own process, as a user runs it. A shell guard
 * ends the service when this JVM's end of the guard's stdin closes, so a killed benchmark leaves
 * nothing running. (The system tests start their services the same way, from test code.)
 */
final class ServiceProcess implements AutoCloseable {

  private static final String GUARD =
      "java \"$@\" </dev/null & child=$!; cat >/dev/null; kill -TERM $child 2>/dev/null; wait $child";

  private final String name;
  private final Process guard;
  private final Path log;
  final String baseUrl;

  private ServiceProcess(String name, Process guard, Path log, int port) {
    this.name = name;
    this.guard = guard;
    this.log = log;
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  static ServiceProcess start(String name, Path jar, Path logDir, String heap, List<String> args)
      throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          name + " jar not found at " + jar + "; build it first (see deploy/benchmarks/README.md)");
    }
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + ".log");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(List.of("sh", "-c", GUARD.replace("java ", "'" + java + "' "), name));
    command.add("-Xmx" + heap);
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    command.addAll(args);
    Process guard =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
    return new ServiceProcess(name, guard, log, port);
  }

  /** Waits until {@code /actuator/health} answers 200. */
  void awaitHealthy(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!guard.isAlive()) {
        throw new IllegalStateException(name + " exited during start-up; see " + log);
      }
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " not healthy after " + timeout + "; see " + log);
  }

  @Override
  public void close() {
    try (OutputStream stdin = guard.getOutputStream()) {
      stdin.flush();
    } catch (IOException ignored) {
      // already closed
    }
    try {
      if (!guard.waitFor(30, TimeUnit.SECONDS)) {
        guard.descendants().forEach(ProcessHandle::destroyForcibly);
        guard.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
