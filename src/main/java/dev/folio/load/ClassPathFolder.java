package dev.folio.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every file under a folder of Folio's class path (inside folio.jar, or target/classes when run
 * from the build), read once per JVM: the theme's assets and the built-in strings never change
 * while Folio runs.
 */
public final class ClassPathFolder {
  private static final Map<String, Map<String, byte[]>> CACHE = new ConcurrentHashMap<>();

  private ClassPathFolder() {}

  /** Relative path (with {@code /}) → bytes, sorted; empty if the folder does not exist. */
  public static Map<String, byte[]> files(String folder) {
    return CACHE.computeIfAbsent(folder, ClassPathFolder::read);
  }

  private static Map<String, byte[]> read(String folder) {
    URL url = ClassPathFolder.class.getResource(folder);
    if (url == null) {
      return Map.of();
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = openJar(uri)) {
          return walk(jar.getPath(folder));
        } catch (FileSystemAlreadyExistsException open) {
          return walk(FileSystems.getFileSystem(uri).getPath(folder));
        }
      }
      return walk(Path.of(uri));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a class-path folder with no URI: " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FileSystem openJar(URI uri) throws IOException {
    return FileSystems.newFileSystem(uri, Map.of());
  }

  private static Map<String, byte[]> walk(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return Collections.unmodifiableMap(files);
  }
}
