package id.inovik.infra.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Who the Elasticsearch process runs as. Elasticsearch refuses to start as root, so when this JVM
 * runs as root the server runs as a dedicated system account (created on first use) that owns the
 * server's work directory; otherwise it runs as the current user.
 */
public final class ServiceAccount {

  public static final String DEFAULT_USER = "inovik-es";

  private final String user;

  private ServiceAccount(String user) {
    this.user = user;
  }

  /**
   * A dedicated account named {@code serviceUser} if this process runs as root, else the caller.
   */
  public static ServiceAccount forCurrentProcess(String serviceUser) {
    return isRoot() ? new ServiceAccount(serviceUser) : new ServiceAccount(null);
  }

  /** Whether {@code directory} can serve as a work directory for this account. */
  public boolean canUse(Path directory) {
    return !isDedicated() || FileTrees.othersCanReach(directory);
  }

  public boolean isDedicated() {
    return user != null;
  }

  /** Creates the dedicated account if it does not exist yet; nothing to do for the current user. */
  public void ensureExists() {
    if (!isDedicated() || run(List.of("id", "-u", user)) == 0) {
      return;
    }
    int created =
        run(
            List.of(
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--home-dir",
                "/nonexistent",
                "--shell",
                "/usr/sbin/nologin",
                user));
    // 9: created meanwhile by another JVM
    if (created != 0 && created != 9) {
      throw new IllegalStateException("useradd " + user + " failed with exit code " + created);
    }
  }

  /** Gives the account ownership of {@code directory} and checks that it can reach it. */
  public void takeOwnership(Path directory) {
    if (!isDedicated()) {
      return;
    }
    int chown = run(List.of("chown", "-R", user + ":" + user, directory.toString()));
    if (chown != 0) {
      throw new IllegalStateException("chown of " + directory + " to " + user + " failed");
    }
    requireTraversable(directory.toAbsolutePath().getParent());
  }

  /** Prefixes {@code command} so that it runs as this account (setpriv execs: no extra process). */
  public List<String> wrap(List<String> command) {
    if (!isDedicated()) {
      return command;
    }
    List<String> wrapped = new ArrayList<>();
    wrapped.addAll(List.of("setpriv", "--reuid=" + user, "--regid=" + user, "--init-groups", "--"));
    wrapped.addAll(command);
    return wrapped;
  }

  private void requireTraversable(Path directory) {
    if (!FileTrees.othersCanReach(directory)) {
      throw new IllegalStateException(
          "User "
              + user
              + " cannot reach "
              + directory
              + ": choose an Elasticsearch work directory outside it (for example under"
              + " /var/tmp)");
    }
  }

  private static boolean isRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static int run(List<String> command) {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("Timed out: " + String.join(" ", command));
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + command.getFirst(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command.getFirst(), e);
    }
  }

  @Override
  public String toString() {
    return isDedicated() ? user : System.getProperty("user.name");
  }
}
