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
import java.util.HashMap;
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

  /** The jars read, by their URI up to {@code !/}. */
  private static final Map<String, FileSystem> JARS = new HashMap<>();

  private ClassPathFolder() {}

  /** Relative path (with {@code /}) → bytes, sorted; empty if the folder does not exist. */
  public static Map<String, byte[]> files(String folder) {
    return CACHE.computeIfAbsent(folder, ClassPathFolder::read);
  }

  /**
   * Starts reading {@code folder} on a thread of its own, if no read of it has begun: the first
   * read opens folio.jar's directory of thirty thousand entries, which a build would otherwise wait
   * for on one core once its pages are read. A failure is left for {@link #files} to meet again.
   */
  public static void readAhead(String folder) {
    if (CACHE.containsKey(folder)) {
      return;
    }
    Thread reader =
        new Thread(
            () -> {
              try {
                files(folder);
              } catch (RuntimeException | Error e) {
                // files(folder) fails the same way when the build asks for it
              }
            },
            "folio-classpath");
    reader.setDaemon(true);
    reader.start();
  }

  private static Map<String, byte[]> read(String folder) {
    URL url = ClassPathFolder.class.getResource(folder);
    if (url == null) {
      return Map.of();
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        return walk(jar(uri).getPath(folder));
      }
      return walk(Path.of(uri));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a class-path folder with no URI: " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The jar of {@code uri} as a file system, opened once and kept open: opening it reads the
   * directory of its thirty thousand entries, and a build reads several folders of it.
   */
  private static synchronized FileSystem jar(URI uri) throws IOException {
    String jar = uri.toString().substring(0, uri.toString().indexOf("!/"));
    FileSystem open = JARS.get(jar);
    if (open == null) {
      try {
        open = FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        open = FileSystems.getFileSystem(uri);
      }
      JARS.put(jar, open);
    }
    return open;
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
