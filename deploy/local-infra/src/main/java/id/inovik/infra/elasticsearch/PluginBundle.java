package id.inovik.infra.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An Elasticsearch plugin zip in the flat layout (jars and descriptor at the root), read from a
 * file or from this jar. Installing it means unpacking it into {@code plugins/<name>/}, where the
 * name comes from its descriptor.
 */
public record PluginBundle(String name, String source, ZipSource zip) {

  private static final String INOVIK_ANALYSIS_RESOURCE = "plugins/inovik-es-analysis.zip";

  /** Opens the plugin zip; called once per read. */
  @FunctionalInterface
  public interface ZipSource {
    InputStream open() throws IOException;
  }

  /** A plugin zip on disk. */
  public static PluginBundle of(Path zip) {
    return of(zip.toString(), () -> Files.newInputStream(zip));
  }

  /** Inovik's Indonesian analysis plugin (module inovik-es-analysis), bundled in this jar. */
  public static PluginBundle inovikAnalysis() {
    return of(
        "inovik-local-infra!" + INOVIK_ANALYSIS_RESOURCE,
        () -> {
          InputStream in = PluginBundle.class.getResourceAsStream(INOVIK_ANALYSIS_RESOURCE);
          if (in == null) {
            throw new IOException(
                INOVIK_ANALYSIS_RESOURCE + " is missing: build inovik-local-infra with Maven");
          }
          return in;
        });
  }

  private static PluginBundle of(String source, ZipSource zip) {
    try (ZipInputStream in = new ZipInputStream(zip.open())) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals("stable-plugin-descriptor.properties")
            || entry.getName().equals("plugin-descriptor.properties")) {
          Properties descriptor = new Properties();
          descriptor.load(in);
          return new PluginBundle(descriptor.getProperty("name"), source, zip);
        }
      }
      throw new IllegalArgumentException(source + " has no plugin descriptor at its root");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read plugin " + source, e);
    }
  }

  /** Unpacks the plugin into {@code pluginsDirectory/<name>/}. */
  public void installInto(Path pluginsDirectory) {
    Path target = pluginsDirectory.resolve(name);
    try (ZipInputStream in = new ZipInputStream(zip.open())) {
      FileTrees.delete(target);
      Files.createDirectories(target);
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path file = target.resolve(entry.getName()).normalize();
        if (!file.startsWith(target)) {
          throw new IOException("Zip entry escapes the plugin directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else {
          Files.createDirectories(file.getParent());
          Files.copy(in, file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot install plugin " + name + " from " + source, e);
    }
  }
}
