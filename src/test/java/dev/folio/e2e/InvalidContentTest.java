package dev.folio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.SiteSnapshot;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case in {@code src/test/resources/invalid/} breaks the basic fixture on purpose. The
 * build must print each line of the case's {@code expected.txt}, exit 1 without a stack trace,
 * and leave the previously built site exactly as it was.
 */
class InvalidContentTest {
  static Stream<String> cases() throws IOException {
    try (Stream<Path> list = Files.list(TestSites.resources().resolve("invalid"))) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void brokenContentIsReportedWithItsPositionAndLeavesTheSiteUntouched(String invalidCase,
      @TempDir Path dir) throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "basic");
    Path site = source.resolve("site");
    assertThat(Folio.run("build", "--source", source.toString()).exitCode())
        .as("the fixture builds before it is broken").isZero();
    Map<String, String> before = SiteSnapshot.of(site);

    TestSites.overlay(source, invalidCase);
    Folio.Run build = Folio.run("build", "--source", source.toString());
    Folio.Run check = Folio.run("check", "--source", source.toString());

    List<String> expected = Files.readAllLines(
        TestSites.resources().resolve("invalid").resolve(invalidCase).resolve("expected.txt"),
        StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
    for (Folio.Run run : List.of(build, check)) {
      assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
      for (String line : expected) {
        assertThat(run.err()).as("expected line of " + invalidCase).contains(line);
      }
      assertThat(run.all()).doesNotContain("\tat ").doesNotContain("Exception");
    }
    assertThat(SiteSnapshot.of(site)).as("the previous site").isEqualTo(before);
    try (Stream<Path> leftovers = Files.list(source)) {
      assertThat(leftovers.map(p -> p.getFileName().toString()))
          .as("no temporary folders left behind").noneMatch(name -> name.startsWith(".site"));
    }
  }
}
