package dev.folio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.cert.Certificate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which Folio this is: pom.xml's version and release repository, and the commit it is built from.
 */
class ReleaseTest {
  @Test
  void theVersionAndRepositoryArePomXmls() throws IOException {
    String pom = Files.readString(Folio.projectDir().resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher version =
        Pattern.compile("<artifactId>folio</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    Matcher repository =
        Pattern.compile("<folio.release.repository>([^<]+)</folio.release.repository>")
            .matcher(pom);
    assertThat(version.find()).as("pom.xml's version").isTrue();
    assertThat(repository.find()).as("pom.xml's folio.release.repository").isTrue();

    Release release = Release.current();
    assertThat(release.version()).isEqualTo(version.group(1));
    assertThat(release.repository()).isEqualTo(repository.group(1));
    assertThat(release.tag()).isEqualTo("v" + version.group(1));
    assertThat(release.downloads())
        .isEqualTo("https://github.com/" + repository.group(1) + "/releases/download");
    assertThat(release.isSnapshot()).isEqualTo(version.group(1).endsWith("-SNAPSHOT"));
  }

  @Test
  void theCommitIsTheOneTheClassesWereBuiltFrom() throws Exception {
    // The tests run on the classes Maven has just built from this working tree.
    Process git =
        new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD")
            .directory(Folio.projectDir().toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    Optional<String> commit = Release.current().commit();
    if (git.waitFor() == 0) {
      assertThat(commit).hasValueSatisfying(id -> assertThat(id).startsWith(head));
    } else {
      assertThat(commit).as("no repository, so no commit").isEmpty();
    }
  }

  @Test
  void theVersionLineNamesTheCommitAndUncommittedChanges() {
    String repo = "folio-dev/folio";
    assertThat(new Release("0.2.0", Optional.of("0123456789ab"), repo).line())
        .isEqualTo("folio 0.2.0 (commit 0123456789ab)");
    assertThat(new Release("0.2.0-SNAPSHOT", Optional.of("0123456789ab-dirty"), repo).line())
        .isEqualTo("folio 0.2.0-SNAPSHOT (commit 0123456789ab and uncommitted changes)");
    assertThat(new Release("0.2.0", Optional.empty(), repo).line()).isEqualTo("folio 0.2.0");
  }

  @Test
  void theRunningJarIsTheCodeSourcesJarAndNoneForAFolderOfClasses(@TempDir Path dir)
      throws IOException {
    Path jar = Files.writeString(Files.createDirectories(dir.resolve("a b")).resolve("f.jar"), "x");
    assertThat(Release.jarOf(source(jar.toUri().toURL()))).contains(jar.toAbsolutePath());
    assertThat(Release.jarOf(source(dir.toUri().toURL()))).isEmpty();
    assertThat(Release.jarOf(null)).isEmpty();
    // The tests run from target/classes.
    assertThat(Release.runningJar()).isEmpty();
  }

  private static CodeSource source(URL location) {
    return new CodeSource(location, (Certificate[]) null);
  }
}
