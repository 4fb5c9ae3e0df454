package dev.folio.scaffold;

import dev.folio.Release;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A new project's {@code .github/workflows/pages.yml}: it downloads the release of the Folio that
 * made the project from Folio's GitHub releases, checks the jar against the SHA-256 pinned in the
 * workflow, checks and builds the site and deploys it to GitHub Pages. No secret to set.
 *
 * <p>The SHA-256 is the running jar's: the release's own {@code folio.jar}, when that is the jar
 * that runs {@code folio new}. A build between releases ({@code -SNAPSHOT}), or Folio run from its
 * classes, has no release jar to pin: the workflow then holds {@link #PLACEHOLDER}, its comment
 * says what to set, and its download step stops with that message until it is set.
 *
 * @param release the Folio that makes the project
 * @param sha256 the SHA-256 of that release's {@code folio.jar}, in hexadecimal; none if unknown
 */
public record PagesWorkflow(Release release, Optional<String> sha256) {
  /** What the workflow holds in place of a SHA-256 it could not pin. */
  public static final String PLACEHOLDER = "unknown: set the SHA-256 of the release's folio.jar";

  private static final String WORKFLOW = "pages.yml";

  /** The workflow for the Folio that runs: the running jar's SHA-256, if it is a release's. */
  public static PagesWorkflow ofRunningFolio() {
    Release release = Release.current();
    return new PagesWorkflow(
        release,
        release.isSnapshot()
            ? Optional.empty()
            : Release.runningJar().map(PagesWorkflow::sha256Of));
  }

  /** Whether the workflow pins a SHA-256, and so runs as written. */
  public boolean pinned() {
    return sha256.isPresent();
  }

  /** The workflow's text. */
  public String text() {
    return NewSite.resource(WORKFLOW)
        .replace("@ABOUT@\n", about())
        .replace("@VERSION@", release.version())
        .replace("@SHA256@", sha256.orElse(PLACEHOLDER))
        .replace("@RELEASES@", release.downloads());
  }

  /** The comment at the top: which Folio the site is built with, and what is left to set. */
  private String about() {
    String releases = "https://github.com/" + release.repository() + "/releases";
    String text;
    if (pinned()) {
      text =
          "Folio "
              + release.version()
              + ", which made this project, runs from its release ("
              + releases
              + "/tag/"
              + release.tag()
              + "): the job downloads folio.jar and checks its SHA-256 before running it.";
    } else if (release.isSnapshot()) {
      text =
          "TO DO before the first push: this project was made by Folio "
              + release.version()
              + ", a build between releases that no release publishes. Set FOLIO_VERSION and"
              + " FOLIO_SHA256 below to a release's version and the SHA-256 in its"
              + " folio.jar.sha256 ("
              + releases
              + "); until then the job stops at \"Get Folio\" and says so.";
    } else {
      text =
          "TO DO before the first push: this project was made by Folio "
              + release.version()
              + " run from its classes rather than its jar, so the jar's SHA-256 is not known"
              + " here. Set FOLIO_SHA256 below to the one in "
              + release.downloads()
              + "/"
              + release.tag()
              + "/folio.jar.sha256; until then the job stops at \"Get Folio\" and says so.";
    }
    return comment(text);
  }

  /** {@code text} as YAML comment lines of at most 100 characters. */
  private static String comment(String text) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder("#");
    for (String word : text.split(" ")) {
      if (line.length() > 1 && line.length() + 1 + word.length() > 100) {
        out.append(line).append('\n');
        line = new StringBuilder("#");
      }
      line.append(' ').append(word);
    }
    return out.append(line).append('\n').toString();
  }

  /** The SHA-256 of {@code file}, in hexadecimal. */
  static String sha256Of(Path file) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }
}
