package dev.folio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the small fixture {@code sites/basic} and compares every output file with
 * {@code golden/basic}, so a change to templates or rendering shows up as a reviewable diff.
 * Regenerate with {@code mvn -B -P update-golden test} (never in CI).
 * Assets are copied verbatim, so they are compared with the theme's instead of a golden copy.
 */
class SiteGoldenTest {
  private static final Path GOLDEN = TestSites.resources().resolve("golden/basic");

  @Test
  void basicSiteMatchesTheReviewedGoldenFiles(@TempDir Path dir) throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "basic");
    Path site = dir.resolve("site");
    Folio.Run run = Folio.run("build", "--source", source.toString(), "--out", site.toString(),
        "--base-url", "https://example.org/folio/");
    assertThat(run.exitCode()).as(run.all()).isZero();

    if (Boolean.getBoolean("folio.updateGolden")) {
      assertThat(System.getenv("CI")).as("golden files are never regenerated in CI").isNull();
      if (Files.exists(GOLDEN)) {
        dev.folio.testing.TestSites.deleteTree(GOLDEN);
      }
      TestSites.copyTree(site, GOLDEN);
      TestSites.deleteTree(GOLDEN.resolve("assets"));
    }

    Path assets = Folio.projectDir().resolve("src/main/resources/dev/folio/theme/assets");
    for (String asset : files(assets)) {
      assertThat(site.resolve("assets").resolve(asset)).as("asset " + asset)
          .hasSameBinaryContentAs(assets.resolve(asset));
    }
    Set<String> expected = files(GOLDEN);
    Set<String> actual = files(site);
    actual.removeIf(file -> file.startsWith("assets/"));
    assertThat(actual).as("files written (missing or unexpected against golden/basic)")
        .containsExactlyElementsOf(expected);
    List<String> differing = new ArrayList<>();
    for (String file : expected) {
      if (!Files.readString(GOLDEN.resolve(file), StandardCharsets.ISO_8859_1)
          .equals(Files.readString(site.resolve(file), StandardCharsets.ISO_8859_1))) {
        differing.add(file);
      }
    }
    assertThat(differing).as("files that differ from golden/basic; review the diff, then"
        + " regenerate with mvn -P update-golden test").isEmpty();
  }

  private static Set<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      TreeSet<String> files = new TreeSet<>();
      walk.filter(Files::isRegularFile)
          .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
      return files;
    }
  }
}
