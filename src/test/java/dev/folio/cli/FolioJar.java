package dev.folio.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A runnable jar of the Folio under test, for the tests that run {@code java -jar} as a user does:
 * Folio's classes (those the tests run) inside it, the libraries named on its {@code Class-Path}
 * where Maven keeps them; so Folio's code source is the jar, as it is in {@code target/folio.jar}.
 */
final class FolioJar {
  private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");

  private FolioJar() {}

  /** Writes the jar to {@code jar}; returns it. */
  static Path write(Path jar) throws IOException {
    Path classes =
        Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    List<String> libraries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        libraries.add(Path.of(entry).toAbsolutePath().toUri().toString());
      }
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", libraries));
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        Stream<Path> files = Files.walk(classes)) {
      for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        try (InputStream in = Files.newInputStream(path)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return jar;
  }

  /**
   * Runs {@code command} with bash in {@code dir} (with {@code javaBin} first on the path) until it
   * says where it serves, and returns the body of that page; then stops it.
   */
  static String serveAndGet(String command, Path dir, Path javaBin) throws Exception {
    Path log = Files.createTempFile(dir, "serve", ".log");
    ProcessBuilder bash =
        new ProcessBuilder("bash", "-c", command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    bash.environment().put("PATH", javaBin + File.pathSeparator + System.getenv("PATH"));
    Process serve = bash.start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (System.nanoTime() < deadline && serve.isAlive()) {
        Matcher serving = SERVING.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (serving.find()) {
          HttpResponse<String> page =
              HttpClient.newHttpClient()
                  .send(
                      HttpRequest.newBuilder(URI.create(serving.group(1))).build(),
                      HttpResponse.BodyHandlers.ofString());
          if (page.statusCode() != 200) {
            throw new AssertionError(serving.group(1) + " answered " + page.statusCode());
          }
          return page.body();
        }
        Thread.sleep(100);
      }
      throw new AssertionError(
          "`" + command + "` did not serve:\n" + Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      serve.descendants().forEach(ProcessHandle::destroy);
      serve.destroy();
      serve.waitFor();
    }
  }
}
