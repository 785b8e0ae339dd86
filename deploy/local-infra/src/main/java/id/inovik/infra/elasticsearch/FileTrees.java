package id.inovik.infra.elasticsearch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

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

  private static void deleteIfPresent(Path path) throws IOException {
    try {
      Files.delete(path);
    } catch (NoSuchFileException ignored) {
      // already gone: the goal is reached
    }
  }
}
