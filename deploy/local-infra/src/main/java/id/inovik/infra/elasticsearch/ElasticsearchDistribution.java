package id.inovik.infra.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Elasticsearch "integ-test-zip" distribution that Maven downloaded for this module, unpacked
 * once per version into a cache directory that a dedicated service user can read (the local Maven
 * repository usually sits under /root, which that user cannot enter).
 *
 * <p>The zip is found, in this order, at the path given by the system property {@value
 * #DISTRIBUTION_PROPERTY} or the environment variable {@value #DISTRIBUTION_ENV}, at the path Maven
 * resolved when this module was built, or in the local Maven repository ({@code maven.repo.local}
 * or {@code ~/.m2/repository}).
 */
public final class ElasticsearchDistribution {

  public static final String DISTRIBUTION_PROPERTY = "inovik.es.distribution";
  public static final String DISTRIBUTION_ENV = "INOVIK_ES_DISTRIBUTION";

  private static final Set<PosixFilePermission> DIRECTORY =
      PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> EXECUTABLE = DIRECTORY;
  private static final Set<PosixFilePermission> REGULAR =
      PosixFilePermissions.fromString("rw-r--r--");

  private final String version;
  private final Path zip;

  private ElasticsearchDistribution(String version, Path zip) {
    this.version = version;
    this.zip = zip;
  }

  /** The distribution this module was built against. */
  public static ElasticsearchDistribution bundled() {
    Properties build = new Properties();
    try (InputStream in =
        ElasticsearchDistribution.class.getResourceAsStream("distribution.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "distribution.properties is missing from inovik-local-infra");
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = build.getProperty("version");
    return new ElasticsearchDistribution(version, locateZip(build, version));
  }

  public String version() {
    return version;
  }

  public Path zip() {
    return zip;
  }

  /**
   * Returns the Elasticsearch home unpacked under {@code cacheRoot}, unpacking it first if needed.
   * Safe when several JVMs ask at the same time: the first unpacks, the others wait for it.
   */
  public Path unpackInto(Path cacheRoot) {
    Path home = cacheRoot.resolve("elasticsearch-" + version);
    if (Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
      return home;
    }
    try {
      FileTrees.createReachableDirectories(cacheRoot);
      try (FileChannel lockFile =
              FileChannel.open(
                  cacheRoot.resolve(".unpack.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock ignored = lockFile.lock()) {
        if (!Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
          unpack(home);
        }
      }
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unpack " + zip + " into " + cacheRoot, e);
    }
  }

  private void unpack(Path home) throws IOException {
    Path staging = home.resolveSibling(home.getFileName() + ".unpacking-" + UUID.randomUUID());
    Files.createDirectories(staging);
    Files.setPosixFilePermissions(staging, DIRECTORY);
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = archive.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path relative = stripTopDirectory(entry.getName());
        if (relative == null) {
          continue;
        }
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging)) {
          throw new IOException("Zip entry escapes the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          createReadableDirectories(staging, target);
        } else {
          createReadableDirectories(staging, target.getParent());
          try (InputStream in = archive.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
          Files.setPosixFilePermissions(target, isExecutable(relative) ? EXECUTABLE : REGULAR);
        }
      }
    }
    try {
      Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      FileTrees.delete(staging);
      if (!Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
        throw e;
      }
    }
  }

  private static void createReadableDirectories(Path root, Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    createReadableDirectories(root, directory.getParent());
    Files.createDirectory(directory);
    Files.setPosixFilePermissions(directory, DIRECTORY);
  }

  private static Path stripTopDirectory(String entryName) {
    int slash = entryName.indexOf('/');
    if (slash < 0 || slash == entryName.length() - 1) {
      return null;
    }
    return Path.of(entryName.substring(slash + 1));
  }

  private static boolean isExecutable(Path relative) {
    return (relative.getNameCount() == 2 && relative.getName(0).toString().equals("bin"))
        || relative.getFileName().toString().equals("server-launcher");
  }

  private static Path locateZip(Properties build, String version) {
    String explicit = System.getProperty(DISTRIBUTION_PROPERTY, System.getenv(DISTRIBUTION_ENV));
    if (explicit != null && !explicit.isBlank()) {
      return requireFile(Path.of(explicit), "the configured " + DISTRIBUTION_PROPERTY);
    }
    String resolved = build.getProperty("resolvedZip", "");
    if (!resolved.isBlank()
        && !resolved.startsWith("${")
        && Files.isRegularFile(Path.of(resolved))) {
      return Path.of(resolved);
    }
    String repository =
        System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
    Path inRepository =
        Path.of(repository)
            .resolve(build.getProperty("groupPath"))
            .resolve(version)
            .resolve("elasticsearch-" + version + ".zip");
    return requireFile(inRepository, "the local Maven repository");
  }

  private static Path requireFile(Path path, String origin) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "Elasticsearch distribution not found at "
              + path
              + " ("
              + origin
              + "). Build the project once with ./mvnw so that Maven downloads"
              + " org.elasticsearch.distribution.integ-test-zip:elasticsearch:zip, or set "
              + DISTRIBUTION_PROPERTY
              + ".");
    }
    return path;
  }
}
