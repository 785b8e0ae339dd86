package id.inovik.infra;

import id.inovik.infra.elasticsearch.ElasticsearchServer;
import id.inovik.infra.elasticsearch.PluginBundle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs Elasticsearch with the Inovik analysis plugin in the foreground, for the local run script.
 *
 * <pre>
 * java -cp deploy/local-infra/target/inovik-local-infra.jar id.inovik.infra.ElasticsearchMain \
 *     --http-port 9200 --work-dir .inovik/elasticsearch [--transport-port 9300] [--heap 512m]
 * </pre>
 *
 * <p>Prints {@code READY http://127.0.0.1:<port>} once the cluster is healthy. Stops Elasticsearch
 * on SIGTERM/SIGINT and when standard input reaches end of file (unless standard input is
 * /dev/null, as for a background job, or {@code --ignore-stdin} is given). Data in the work
 * directory is kept between runs. Exit code 1 if the server cannot start, 2 for bad arguments.
 */
public final class ElasticsearchMain {

  private ElasticsearchMain() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    ElasticsearchServer server;
    try {
      Path work = options.workDir().toAbsolutePath();
      server =
          ElasticsearchServer.builder()
              .workDir(work)
              .httpPort(options.httpPort())
              .transportPort(options.transportPort())
              .heap(options.heap())
              .plugin(PluginBundle.inovikAnalysis())
              .build()
              .start();
    } catch (RuntimeException e) {
      System.err.println("Elasticsearch did not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    System.out.println("READY " + server.baseUrl());
    System.out.flush();

    if (!options.ignoreStdin() && !stdinIsDevNull()) {
      Thread watcher = new Thread(ElasticsearchMain::exitAtEndOfInput, "stdin-watcher");
      watcher.setDaemon(true);
      watcher.start();
    }
    awaitTermination(server);
  }

  private static void exitAtEndOfInput() {
    try {
      InputStream in = System.in;
      while (in.read() >= 0) {
        // input is ignored; only its end matters
      }
    } catch (IOException ignored) {
      // a broken stdin counts as closed
    }
    System.exit(0);
  }

  /** The server's own shutdown hook stops it; this just keeps the main thread alive meanwhile. */
  private static void awaitTermination(ElasticsearchServer server) {
    CountDownLatch exited = new CountDownLatch(1);
    Thread watchdog =
        new Thread(
            () -> {
              while (server.isRunning()) {
                try {
                  Thread.sleep(1000);
                } catch (InterruptedException e) {
                  return;
                }
              }
              exited.countDown();
            },
            "elasticsearch-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    try {
      exited.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.err.println("Elasticsearch exited unexpectedly");
    server.stop();
    System.exit(1);
  }

  private static boolean stdinIsDevNull() {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/fd/0")).equals(Path.of("/dev/null"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  record Options(Path workDir, int httpPort, int transportPort, String heap, boolean ignoreStdin) {

    static final String USAGE =
        "usage: ElasticsearchMain --work-dir DIR [--http-port 9200] [--transport-port 0]"
            + " [--heap 512m] [--ignore-stdin]";

    static Options parse(String[] args) {
      Path workDir = null;
      int httpPort = 9200;
      int transportPort = 0;
      String heap = "512m";
      boolean ignoreStdin = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--work-dir" -> workDir = Path.of(value(args, ++i));
          case "--http-port" -> httpPort = port(value(args, ++i));
          case "--transport-port" -> transportPort = port(value(args, ++i));
          case "--heap" -> heap = value(args, ++i);
          case "--ignore-stdin" -> ignoreStdin = true;
          default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
        }
      }
      if (workDir == null) {
        throw new IllegalArgumentException("--work-dir is required");
      }
      return new Options(workDir, httpPort, transportPort, heap, ignoreStdin);
    }

    private static String value(String[] args, int index) {
      if (index >= args.length) {
        throw new IllegalArgumentException(args[index - 1] + " needs a value");
      }
      return args[index];
    }

    private static int port(String value) {
      try {
        int port = Integer.parseInt(value);
        if (port < 0 || port > 65535) {
          throw new IllegalArgumentException("Not a port: " + value);
        }
        return port;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Not a port: " + value, e);
      }
    }
  }
}
