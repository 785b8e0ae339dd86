package id.inovik.infra.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An Elasticsearch plugin zip in the flat layout (jars and descriptor at the root). Installing it
 * means unpacking it into {@code plugins/<name>/}, where the name comes from its descriptor.
 */
public record PluginBundle(String name, Path zip) {

  private static final String INOVIK_ANALYSIS_RESOURCE = "plugins/inovik-es-analysis.zip";

  /** Reads the plugin name from the descriptor inside {@code zip}. */
  public static PluginBundle of(Path zip) {
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      ZipEntry descriptor = archive.getEntry("stable-plugin-descriptor.properties");
      if (descriptor == null) {
        descriptor = archive.getEntry("plugin-descriptor.properties");
      }
      if (descriptor == null) {
        throw new IllegalArgumentException(zip + " has no plugin descriptor at its root");
      }
      Properties properties = new Properties();
      try (InputStream in = archive.getInputStream(descriptor)) {
        properties.load(in);
      }
      return new PluginBundle(properties.getProperty("name"), zip);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read plugin " + zip, e);
    }
  }

  /**
   * Inovik's Indonesian analysis plugin (module inovik-es-analysis), bundled in this jar at build
   * time; copied to a temporary file that is deleted when the JVM exits.
   */
  public static PluginBundle inovikAnalysis() {
    try (InputStream in = PluginBundle.class.getResourceAsStream(INOVIK_ANALYSIS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            INOVIK_ANALYSIS_RESOURCE + " is missing: build inovik-local-infra with Maven");
      }
      Path zip = Files.createTempFile("inovik-es-analysis-", ".zip");
      zip.toFile().deleteOnExit();
      Files.copy(in, zip, StandardCopyOption.REPLACE_EXISTING);
      return of(zip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Unpacks the plugin into {@code pluginsDirectory/<name>/}. */
  void installInto(Path pluginsDirectory) {
    Path target = pluginsDirectory.resolve(name);
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      FileTrees.delete(target);
      Files.createDirectories(target);
      var entries = archive.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path file = target.resolve(entry.getName()).normalize();
        if (!file.startsWith(target)) {
          throw new IOException("Zip entry escapes the plugin directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else {
          Files.createDirectories(file.getParent());
          try (InputStream in = archive.getInputStream(entry)) {
            Files.copy(in, file);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot install plugin " + name + " from " + zip, e);
    }
  }
}
