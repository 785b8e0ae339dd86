package id.inovik.infra.elasticsearch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

/** Small file-tree helpers the JDK lacks. */
final class FileTrees {

  private FileTrees() {}

  /** Deletes a directory tree without following symbolic links; a missing tree is not an error. */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            deleteIfPresent(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            deleteIfPresent(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * Creates {@code directory} and any missing parents as rwxr-xr-x whatever the umask, so that the
   * service account Elasticsearch runs as can reach what lies below.
   */
  static void createReachableDirectories(Path directory) throws IOException {
    Path absolute = directory.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return;
    }
    createReachableDirectories(absolute.getParent());
    try {
      Files.createDirectory(absolute);
    } catch (java.nio.file.FileAlreadyExistsException createdMeanwhile) {
      return;
    }
    Files.setPosixFilePermissions(absolute, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Whether every directory from the root down to {@code directory} lets other users pass. */
  static boolean othersCanReach(Path directory) {
    for (Path current = directory.toAbsolutePath();
        current != null;
        current = current.getParent()) {
      try {
        if (Files.exists(current)
            && !Files.getPosixFilePermissions(current)
                .contains(PosixFilePermission.OTHERS_EXECUTE)) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  private static void deleteIfPresent(Path path) throws IOException {
    try {
      Files.delete(path);
    } catch (NoSuchFileException ignored) {
      // already gone: the goal is reached
    }
  }
}
