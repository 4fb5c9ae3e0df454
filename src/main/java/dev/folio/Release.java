package dev.folio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.Properties;

/**
 * Which Folio this is: its version (pom.xml's), the commit its classes were built from, and the
 * GitHub repository whose releases publish {@code folio.jar} ({@code folio.release.repository} in
 * pom.xml, {@code folio-dev/folio} unless a build says otherwise). Maven writes them into {@code
 * dev/folio/release.properties} and {@code dev/folio/commit} as it builds; nothing here reads the
 * clock, so one commit always builds the same jar.
 *
 * @param version the Maven project's version, such as {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}
 * @param commit the abbreviated commit id, with {@code -dirty} if the working tree had changes;
 *     none when the build could not read it (no git, no repository)
 * @param repository the GitHub repository of Folio's releases, {@code owner/name}
 */
public record Release(String version, Optional<String> commit, String repository) {
  private static final String DIRTY = "-dirty";

  /** This Folio. */
  public static Release current() {
    Properties properties = new Properties();
    try (InputStream in = Release.class.getResourceAsStream("release.properties")) {
      if (in == null) {
        throw new IllegalStateException("dev/folio/release.properties is missing from Folio's jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("version", "");
    if (version.isEmpty() || version.startsWith("${")) {
      throw new IllegalStateException(
          "dev/folio/release.properties was not filled in: build Folio with Maven");
    }
    return new Release(version, builtCommit(), properties.getProperty("repository"));
  }

  private static Optional<String> builtCommit() {
    try (InputStream in = Release.class.getResourceAsStream("commit")) {
      if (in == null) {
        return Optional.empty();
      }
      String id = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return id.matches("[0-9a-f]{7,40}(" + DIRTY + ")?") ? Optional.of(id) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A version Maven builds between releases ({@code -SNAPSHOT}): no release publishes its jar. */
  public boolean isSnapshot() {
    return version.endsWith("-SNAPSHOT");
  }

  /** The git tag of this version's release, {@code vX.Y.Z}. */
  public String tag() {
    return "v" + version;
  }

  /**
   * Where the releases' files are: {@code DOWNLOADS/vX.Y.Z/folio.jar} and {@code folio.jar.sha256}.
   */
  public String downloads() {
    return "https://github.com/" + repository + "/releases/download";
  }

  /** What {@code folio --version} prints: {@code folio 0.1.0 (commit 0123456789ab)}. */
  public String line() {
    return "folio "
        + version
        + commit
            .map(
                id ->
                    id.endsWith(DIRTY)
                        ? " (commit "
                            + id.substring(0, id.length() - DIRTY.length())
                            + " and uncommitted changes)"
                        : " (commit " + id + ")")
            .orElse("");
  }

  /** The jar this Folio runs from, absolute; none when it runs from a folder of classes. */
  public static Optional<Path> runningJar() {
    return jarOf(Release.class.getProtectionDomain().getCodeSource());
  }

  /** The jar file {@code source} names, absolute; none for a folder or an unknown source. */
  static Optional<Path> jarOf(CodeSource source) {
    URL location = source == null ? null : source.getLocation();
    if (location == null || !location.getProtocol().equals("file")) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(location.toURI()).toAbsolutePath().normalize();
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
