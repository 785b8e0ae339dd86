package id.inovik.infra.process;

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
 * One Inovik service started from its executable jar as a separate process, as a user runs it (the
 * system tests and the benchmarks use it). A small shell guard ends the service when this JVM's end
 * of the guard's stdin closes, so a killed test or benchmark run leaves nothing behind.
 */
public final class ServiceProcess implements AutoCloseable {

  private static final String GUARD =
      "java \"$@\" </dev/null & child=$!; cat >/dev/null; kill -TERM $child 2>/dev/null; wait $child";

  private final String name;
  private final Process guard;
  private final Path log;
  private final int port;

  private ServiceProcess(String name, Process guard, Path log, int port) {
    this.name = name;
    this.guard = guard;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts {@code jar} with {@code --server.port} and {@code args}.
   *
   * @param port the HTTP port, or 0 for a free one
   * @param heap the maximum heap, e.g. "384m"
   * @param logDir gets {@code <name>.log} with the service's output
   */
  public static ServiceProcess start(
      String name, Path jar, int port, Path logDir, String heap, List<String> args)
      throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          name + " jar not found at " + jar + "; build it first (mvnw package)");
    }
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + ".log");
    int listen = port == 0 ? freePort() : port;
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(System.getProperty("java.home") + "/bin/java");
    List<String> command =
        new ArrayList<>(List.of("sh", "-c", GUARD.replace("java ", "'" + java + "' "), name));
    command.add("-Xmx" + heap);
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + listen);
    command.addAll(args);
    Process guard =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
    return new ServiceProcess(name, guard, log, listen);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public Path log() {
    return log;
  }

  /**
   * Waits until {@code /actuator/health} answers 200 (status UP); fails fast if the service dies.
   */
  public void awaitHealthy(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long started = System.nanoTime();
    long deadline = started + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      boolean serviceAlive = guard.descendants().anyMatch(ProcessHandle::isAlive);
      if (!guard.isAlive() || (!serviceAlive && System.nanoTime() > started + 2_000_000_000L)) {
        throw new IllegalStateException(name + " exited during start-up; see " + log);
      }
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
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
