package id.inovik.infra.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real single-node Elasticsearch on 127.0.0.1, started from the Maven Central distribution with
 * plugins installed, security off and its own config, data, logs and tmp directories.
 *
 * <p>Its life is tied to this JVM twice over: a shutdown hook stops it on a normal exit, and a
 * small guard script (see {@code guard.sh}) stops it when this JVM's end of a pipe closes, which
 * also covers SIGKILL. As root it runs as a dedicated system account ({@link ServiceAccount}).
 *
 * <pre>{@code
 * try (ElasticsearchServer es = ElasticsearchServer.builder().plugin(bundle).build().start()) {
 *   URI url = es.baseUrl();
 * }
 * }</pre>
 */
public final class ElasticsearchServer implements AutoCloseable {

  public static final String CACHE_PROPERTY = "inovik.infra.cache";

  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

  private final Settings settings;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private volatile Process guard;
  private Thread shutdownHook;
  private URI baseUrl;
  private Duration startupTime;

  private ElasticsearchServer(Settings settings) {
    this.settings = settings;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts the server and returns once the cluster health is yellow or green. */
  public synchronized ElasticsearchServer start() {
    if (guard != null) {
      return this;
    }
    long began = System.nanoTime();
    ElasticsearchDistribution distribution = ElasticsearchDistribution.bundled();
    Path distributionHome = distribution.unpackInto(settings.cacheRoot().resolve("dist"));
    ServiceAccount account = ServiceAccount.forCurrentProcess(settings.serviceUser());
    account.ensureExists();

    Path work = settings.workDir().toAbsolutePath();
    Layout layout = new Layout(work);
    int httpPort = settings.httpPort() > 0 ? settings.httpPort() : freePort();
    int transportPort = settings.transportPort() > 0 ? settings.transportPort() : freePort();
    try {
      FileTrees.createReachableDirectories(work.getParent());
      layout.prepare(distributionHome, settings.plugins());
      writeConfig(layout, distributionHome, httpPort, transportPort);
      account.takeOwnership(work);
      guard = launch(layout, account);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare Elasticsearch in " + work, e);
    }
    shutdownHook = new Thread(this::stopFromShutdownHook, "elasticsearch-stop-" + httpPort);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    baseUrl = URI.create("http://127.0.0.1:" + httpPort);
    awaitHealthy(layout);
    startupTime = Duration.ofNanos(System.nanoTime() - began);
    return this;
  }

  /** For example {@code http://127.0.0.1:9200}, without a trailing slash. */
  public URI baseUrl() {
    if (baseUrl == null) {
      throw new IllegalStateException("Elasticsearch has not been started");
    }
    return baseUrl;
  }

  /** Where config, data, logs and the pid file of this server live. */
  public Path workDir() {
    return settings.workDir().toAbsolutePath();
  }

  /** Time from {@link #start()} until the cluster was healthy (includes a first-time unpack). */
  public Duration startupTime() {
    return startupTime;
  }

  /** Resident memory of the Elasticsearch server process, if it can be read from /proc. */
  public OptionalLong residentMemoryBytes() {
    Optional<Long> pid = serverPid(new Layout(settings.workDir().toAbsolutePath()));
    if (pid.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", pid.get().toString(), "status")));
      return rss.find()
          ? OptionalLong.of(Long.parseLong(rss.group(1)) * 1024)
          : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  public boolean isRunning() {
    return guard != null && guard.isAlive();
  }

  /** Stops the server and waits for it to exit. Safe to call more than once. */
  public synchronized void stop() {
    if (guard == null) {
      return;
    }
    Layout layout = new Layout(settings.workDir().toAbsolutePath());
    Optional<Long> server = serverPid(layout);
    try {
      guard.getOutputStream().close();
      if (!guard.waitFor(settings.stopTimeout().toSeconds(), TimeUnit.SECONDS)) {
        server.flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        guard.descendants().forEach(ProcessHandle::destroyForcibly);
        guard.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      server
          .flatMap(ProcessHandle::of)
          .ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> p).join());
    } catch (IOException e) {
      guard.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      guard.destroyForcibly();
    } finally {
      guard = null;
      removeShutdownHook();
      if (settings.deleteWorkDirOnStop()) {
        deleteQuietly(settings.workDir());
      }
    }
  }

  /**
   * Signals the guard before taking the lock, so that a JVM exiting while {@link #start()} still
   * waits for health does not wait out the start timeout: the start loop sees the guard end.
   */
  private void stopFromShutdownHook() {
    Process running = guard;
    if (running != null) {
      try {
        running.getOutputStream().close();
      } catch (IOException ignored) {
        // stop() below escalates to killing the processes
      }
    }
    stop();
  }

  @Override
  public void close() {
    stop();
  }

  private Process launch(Layout layout, ServiceAccount account) throws IOException {
    List<String> elasticsearch = new ArrayList<>();
    elasticsearch.addAll(
        List.of(
            "env",
            "-i",
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "HOME=" + layout.root(),
            "LANG=C.UTF-8",
            "ES_JAVA_HOME=" + settings.javaHome(),
            "ES_PATH_CONF=" + layout.config(),
            "ES_TMPDIR=" + layout.tmp(),
            "CLI_JAVA_OPTS=-XX:-UsePerfData",
            "ES_JAVA_OPTS=-XX:-UsePerfData -Xms" + settings.heap() + " -Xmx" + settings.heap()));
    elasticsearch.addAll(
        List.of(
            layout.home().resolve("bin/elasticsearch").toString(),
            "-p",
            layout.pidFile().toString()));

    List<String> command = new ArrayList<>();
    String disposable = settings.deleteWorkDirOnStop() ? layout.root().toString() : "-";
    command.addAll(
        List.of("sh", layout.guardScript().toString(), layout.pidFile().toString(), disposable));
    command.addAll(account.wrap(elasticsearch));
    return new ProcessBuilder(command)
        .directory(layout.root().toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile()))
        .start();
  }

  private void writeConfig(Layout layout, Path distributionHome, int httpPort, int transportPort)
      throws IOException {
    Path defaults = distributionHome.resolve("config");
    Files.copy(
        defaults.resolve("jvm.options"),
        layout.config().resolve("jvm.options"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        defaults.resolve("log4j2.properties"),
        layout.config().resolve("log4j2.properties"),
        StandardCopyOption.REPLACE_EXISTING);
    String yaml =
        String.join(
            "\n",
            "# Written by inovik-local-infra at every start; edits are overwritten.",
            "cluster.name: " + settings.clusterName(),
            "node.name: " + settings.clusterName() + "-node",
            "path.data: " + layout.data(),
            "path.logs: " + layout.logs(),
            "network.host: 127.0.0.1",
            "http.port: " + httpPort,
            "transport.port: " + transportPort,
            "discovery.type: single-node",
            "xpack.security.enabled: false",
            "cluster.routing.allocation.disk.threshold_enabled: false",
            "");
    Files.writeString(layout.config().resolve("elasticsearch.yml"), yaml, StandardCharsets.UTF_8);
  }

  private void awaitHealthy(Layout layout) {
    URI health = baseUrl.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s");
    long deadline = System.nanoTime() + settings.startTimeout().toNanos();
    while (System.nanoTime() < deadline) {
      if (!guard.isAlive()) {
        String log = tail(layout.consoleLog());
        stop();
        throw new IllegalStateException("Elasticsearch exited during start-up:\n" + log);
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop();
        throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
      }
      sleep(Duration.ofMillis(200));
    }
    String log = tail(layout.consoleLog());
    stop();
    throw new IllegalStateException(
        "Elasticsearch was not healthy within " + settings.startTimeout() + ":\n" + log);
  }

  private static Optional<Long> serverPid(Layout layout) {
    try {
      return Optional.of(Long.parseLong(Files.readString(layout.pidFile()).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void removeShutdownHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook is running or about to run: nothing to remove
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free local port", e);
    }
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no console output at " + file + ")";
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteQuietly(Path directory) {
    try {
      FileTrees.delete(directory);
    } catch (IOException e) {
      System.err.println("Could not delete Elasticsearch work directory " + directory + ": " + e);
    }
  }

  /**
   * The work directory: a per-server Elasticsearch home (links to the shared, read-only
   * distribution plus its own plugins directory, since Elasticsearch always reads plugins from its
   * home) and separate config, data, logs and tmp directories.
   */
  private record Layout(Path root) {
    Path home() {
      return root.resolve("home");
    }

    Path config() {
      return root.resolve("config");
    }

    Path data() {
      return root.resolve("data");
    }

    Path logs() {
      return root.resolve("logs");
    }

    Path tmp() {
      return root.resolve("tmp");
    }

    Path pidFile() {
      return root.resolve("elasticsearch.pid");
    }

    Path consoleLog() {
      return logs().resolve("console.log");
    }

    Path guardScript() {
      return root.resolve("guard.sh");
    }

    void prepare(Path distributionHome, List<PluginBundle> plugins) throws IOException {
      FileTrees.delete(home());
      Files.deleteIfExists(pidFile());
      for (Path directory : List.of(home(), config(), data(), logs(), tmp())) {
        Files.createDirectories(directory);
      }
      for (String shared : List.of("bin", "lib", "modules")) {
        Files.createSymbolicLink(home().resolve(shared), distributionHome.resolve(shared));
      }
      Path pluginsDirectory = Files.createDirectories(home().resolve("plugins"));
      for (PluginBundle plugin : plugins) {
        plugin.installInto(pluginsDirectory);
      }
      try (InputStream script = ElasticsearchServer.class.getResourceAsStream("guard.sh")) {
        Files.copy(script, guardScript(), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** What to start. Every value has a default suited to tests; see {@link Builder}. */
  public record Settings(
      Path workDir,
      boolean deleteWorkDirOnStop,
      int httpPort,
      int transportPort,
      String heap,
      Path javaHome,
      List<PluginBundle> plugins,
      Duration startTimeout,
      Duration stopTimeout,
      String clusterName,
      String serviceUser,
      Path cacheRoot) {}

  /** Builds {@link ElasticsearchServer}s; unset values get test-friendly defaults. */
  public static final class Builder {
    private Path workDir;
    private int httpPort;
    private int transportPort;
    private String heap = "512m";
    private Path javaHome;
    private final List<PluginBundle> plugins = new ArrayList<>();
    private Duration startTimeout = Duration.ofMinutes(2);
    private Duration stopTimeout = Duration.ofSeconds(30);
    private String clusterName = "inovik-local";
    private String serviceUser = ServiceAccount.DEFAULT_USER;

    private Builder() {}

    /** Persistent work directory; without one a fresh directory is used and deleted on stop. */
    public Builder workDir(Path workDir) {
      this.workDir = workDir;
      return this;
    }

    /** HTTP port; 0 (the default) picks a free one. */
    public Builder httpPort(int httpPort) {
      this.httpPort = httpPort;
      return this;
    }

    /** Transport port; 0 (the default) picks a free one. */
    public Builder transportPort(int transportPort) {
      this.transportPort = transportPort;
      return this;
    }

    /** Heap size in JVM notation, used for both -Xms and -Xmx (default 512m). */
    public Builder heap(String heap) {
      if (!heap.matches("\\d+[mMgG]")) {
        throw new IllegalArgumentException("Heap must look like 512m or 1g: " + heap);
      }
      this.heap = heap;
      return this;
    }

    /**
     * JDK for Elasticsearch (21 or newer); defaults to Temurin 25 if installed, else this JVM's.
     */
    public Builder javaHome(Path javaHome) {
      this.javaHome = javaHome;
      return this;
    }

    public Builder plugin(PluginBundle plugin) {
      plugins.add(plugin);
      return this;
    }

    public Builder startTimeout(Duration startTimeout) {
      this.startTimeout = startTimeout;
      return this;
    }

    public Builder clusterName(String clusterName) {
      this.clusterName = clusterName;
      return this;
    }

    /**
     * The system account used when running as root (default {@value ServiceAccount#DEFAULT_USER}).
     */
    public Builder serviceUser(String serviceUser) {
      this.serviceUser = serviceUser;
      return this;
    }

    public ElasticsearchServer build() {
      Path cacheRoot = cacheRoot();
      boolean ephemeral = workDir == null;
      Path work =
          ephemeral ? cacheRoot.resolve("runs").resolve("es-" + UUID.randomUUID()) : workDir;
      if (!ServiceAccount.forCurrentProcess(serviceUser).canUse(work)) {
        Path relocated = relocate(cacheRoot, work);
        System.err.printf(
            "Elasticsearch runs as %s, which cannot reach %s; using %s instead%n",
            serviceUser, work.toAbsolutePath(), relocated);
        work = relocated;
      }
      return new ElasticsearchServer(
          new Settings(
              work,
              ephemeral,
              httpPort,
              transportPort,
              heap,
              javaHome != null ? javaHome : defaultJavaHome(),
              List.copyOf(plugins),
              startTimeout,
              stopTimeout,
              clusterName,
              serviceUser,
              cacheRoot));
    }

    /** A stable stand-in below the cache root, one per requested directory. */
    private static Path relocate(Path cacheRoot, Path requested) {
      Path absolute = requested.toAbsolutePath().normalize();
      String id = Integer.toHexString(absolute.toString().hashCode());
      return cacheRoot.resolve("work").resolve(absolute.getFileName() + "-" + id);
    }

    private static Path cacheRoot() {
      String configured = System.getProperty(CACHE_PROPERTY);
      if (configured != null && !configured.isBlank()) {
        return Path.of(configured).toAbsolutePath();
      }
      return Path.of("/var/tmp", "inovik-" + System.getProperty("user.name"));
    }

    private static Path defaultJavaHome() {
      Path temurin25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
      if (Files.isExecutable(temurin25.resolve("bin/java"))) {
        return temurin25;
      }
      return Path.of(System.getProperty("java.home"));
    }
  }
}
