package dev.folio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.SiteSnapshot;
import dev.folio.testing.TestSites;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case in {@code src/test/resources/invalid/} breaks a fixture on purpose: the basic one, or
 * the one its {@code base.txt} names. The build must print exactly the case's {@code expected.txt}
 * to standard error (every problem and hint, in order, and the summary line: an extra or a missing
 * problem fails), exit 1 without a stack trace, and leave the previously built site exactly as it
 * was; {@code check} must print the same problems. Regenerate the files with {@code mvn -B -P
 * update-golden test} (never in CI) and review the diff.
 */
class InvalidContentTest {
  private static final String BUILD_SUMMARY_END = " found; the previous site was left as it was.";
  private static final String CHECK_SUMMARY_END = " found; nothing was written.";

  /** The path that starts a line, before {@code :LINE:COLUMN: } or {@code : } (a folder). */
  private static final Pattern LEADING_PATH = Pattern.compile("(?m)^[^\\s:\"]+(?=:[\\d ])");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> list = Files.list(TestSites.resources().resolve("invalid"))) {
      return list
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void brokenContentIsReportedWithItsPositionAndLeavesTheSiteUntouched(
      String invalidCase, @TempDir Path dir) throws IOException {
    Path base = TestSites.resources().resolve("invalid").resolve(invalidCase).resolve("base.txt");
    String fixture = Files.exists(base) ? Files.readString(base).strip() : "basic";
    Path source = TestSites.prepare(dir.resolve("project"), fixture);
    Path site = source.resolve("site");
    assertThat(Folio.run("build", "--source", source.toString()).exitCode())
        .as("the fixture builds before it is broken")
        .isZero();
    Map<String, String> before = SiteSnapshot.of(site);

    TestSites.overlay(source, invalidCase);
    Folio.Run build = Folio.run("build", "--source", source.toString());
    Folio.Run check = Folio.run("check", "--source", source.toString());

    Path expectedFile =
        TestSites.resources().resolve("invalid").resolve(invalidCase).resolve("expected.txt");
    if (Boolean.getBoolean("folio.updateGolden")) {
      assertThat(System.getenv("CI")).as("expected output is never regenerated in CI").isNull();
      Files.writeString(expectedFile, normalise(build.err()), StandardCharsets.UTF_8);
    }
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    for (Folio.Run run : List.of(build, check)) {
      assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
      assertThat(run.out()).as("standard output of " + invalidCase).isEmpty();
      assertThat(run.all()).doesNotContain("\tat ").doesNotContain("Exception");
    }
    assertThat(expected)
        .as("expected.txt of " + invalidCase + " ends with the build's summary")
        .endsWith(BUILD_SUMMARY_END + "\n");
    assertThat(normalise(build.err()))
        .as(
            "what build prints for "
                + invalidCase
                + " (against its expected.txt; regenerate with mvn -P update-golden test)")
        .isEqualTo(expected);
    assertThat(normalise(check.err()))
        .as("what check prints for " + invalidCase)
        .isEqualTo(expected.replace(BUILD_SUMMARY_END + "\n", CHECK_SUMMARY_END + "\n"));

    assertThat(SiteSnapshot.of(site)).as("the previous site").isEqualTo(before);
    try (Stream<Path> leftovers = Files.list(source)) {
      assertThat(leftovers.map(p -> p.getFileName().toString()))
          .as("no temporary folders left behind")
          .noneMatch(name -> name.startsWith(".site"));
    }
  }

  /**
   * What may differ between machines, and only that: line ends, and on Windows the separators of
   * the path a line starts with (Folio writes paths in messages with {@code /} already).
   */
  static String normalise(String output) {
    String text = output.replace(System.lineSeparator(), "\n");
    if (File.separatorChar == '/') {
      return text;
    }
    Matcher path = LEADING_PATH.matcher(text);
    StringBuilder out = new StringBuilder();
    while (path.find()) {
      path.appendReplacement(
          out, Matcher.quoteReplacement(path.group().replace(File.separatorChar, '/')));
    }
    return path.appendTail(out).toString();
  }
}
