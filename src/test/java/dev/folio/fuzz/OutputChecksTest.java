package dev.folio.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The oracle of {@link MutationFuzzTest}: it must pass what is right and catch what is not. */
class OutputChecksTest {
  private static final String SUMMARY =
      "folio: 1 problem found; the previous site was left as it was.\n";

  private static List<String> check(int exitCode, String out, String err) {
    return OutputChecks.output(
        exitCode, out, err, path -> path.equals("content/en/a.md") ? 10 : -1, "");
  }

  @Test
  void acceptsPositionedErrorsWithHintsAndTheSummary() {
    assertThat(
            check(
                1, "", "content/en/a.md:3:7: \"x\" is not a page\n    hint: check it\n" + SUMMARY))
        .isEmpty();
    assertThat(
            check(
                0,
                "folio: built 6 pages in 2 languages, 15 data tables, 52 files in 99 ms"
                    + " → /tmp/site\n",
                ""))
        .isEmpty();
    // a folder has no lines: SourcePos prints it without a position
    assertThat(check(1, "", "content/ja/: the folder of language ja does not exist\n" + SUMMARY))
        .isEmpty();
  }

  @Test
  void aMessageMayHoldOtherLineSeparatorsButNotANewline() {
    assertThat(check(1, "", "content/en/a.md:2:1: link to \"a\u2028b.md\"\u2029\u0085\n" + SUMMARY))
        .isEmpty();
    assertThat(check(1, "", "content/en/a.md:2:1: a\nmore\n" + SUMMARY)).isNotEmpty();
  }

  @Test
  void rejectsErrorsWithoutAPositionInAFileOfTheProject() {
    assertThat(check(1, "", "content/en/a.md: whole file\n" + SUMMARY)).hasSize(1);
    assertThat(check(1, "", "content/en/b.md:1:1: no such file\n" + SUMMARY)).hasSize(1);
    assertThat(check(1, "", "(built-in theme) templates/page.ftlh:3:1: x\n" + SUMMARY)).hasSize(1);
    assertThat(check(1, "", "content/en/a.md:99:1: past the end\n" + SUMMARY)).hasSize(1);
    assertThat(check(1, "", "content/en/a.md:2:1: a\nb\n" + SUMMARY)).isNotEmpty();
    assertThat(check(3, "", "folio: internal error\n")).isNotEmpty();
    assertThat(check(1, "", "content/en/a.md:2:1: x\n")).isNotEmpty();
    assertThat(check(1, "", "/etc/: x\n" + SUMMARY)).isNotEmpty();
    assertThat(check(1, "", "../x/: x\n" + SUMMARY)).isNotEmpty();
  }

  @Test
  void rejectsInternalsAndLongLines() {
    assertThat(check(1, "", "content/en/a.md:2:1: java.lang.IllegalStateException: x\n" + SUMMARY))
        .isNotEmpty();
    assertThat(check(1, "", "content/en/a.md:2:1: at [Source: REDACTED]\n" + SUMMARY)).isNotEmpty();
    assertThat(check(1, "", "content/en/a.md:2:1: " + "x".repeat(400) + "\n" + SUMMARY))
        .isNotEmpty();
    assertThat(
            check(
                1, "", "content/en/a.md:2:1: see https://freemarker.apache.org/docs/\n" + SUMMARY))
        .isEmpty();
  }

  @Test
  void findsScriptAndForeignAddressesInPages() {
    String theme = "<script src=\"../../assets/site.js\" defer></script><a href=\"../x/\">x</a>";
    assertThat(OutputChecks.page(theme)).isEmpty();
    assertThat(OutputChecks.page("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")).isEmpty();
    assertThat(OutputChecks.page("<p><script>alert(1)</script></p>")).hasSize(1);
    assertThat(OutputChecks.page("<a href=\"javascript:alert(1)\">x</a>")).hasSize(1);
    assertThat(OutputChecks.page("<a href=\"&#106;avascript:alert(1)\">x</a>")).hasSize(1);
    assertThat(OutputChecks.page("<a href=\" data:text/html,x\">x</a>")).hasSize(1);
    assertThat(OutputChecks.page("<img src=\"//evil.example/a.png\" alt=\"\">")).hasSize(1);
    assertThat(OutputChecks.page("<img src=x onerror=alert(1)>")).hasSize(1);
    assertThat(OutputChecks.page("<img alt=\"a onerror=x\" src=\"a.png\">")).isEmpty();
  }

  @Test
  void aSnapshotSeesAnyChangedByteAndWhatTheWriterLeftBeside(@TempDir Path dir) throws IOException {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("a.html"), "<p>a</p>");
    Files.createDirectories(site.resolve("en"));
    Files.writeString(site.resolve("en/b.html"), "<p>b</p>");
    OutputChecks.Snapshot before = OutputChecks.Snapshot.of(site);

    assertThat(OutputChecks.Snapshot.of(site).differenceFrom(before)).isNull();
    Files.writeString(site.resolve("en/b.html"), "<p>c</p>");
    assertThat(OutputChecks.Snapshot.of(site).differenceFrom(before)).contains("en/b.html");
    Files.writeString(site.resolve("en/b.html"), "<p>b</p>");
    Files.createDirectories(dir.resolve(".site.tmp"));
    assertThat(OutputChecks.Snapshot.of(site).differenceFrom(before)).contains(".site.tmp");
  }

  @Test
  void pagesAlreadyCheckedAreNotScannedAgain(@TempDir Path dir) throws IOException {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("a.html"), "<p>a</p>");
    OutputChecks.Snapshot safe = OutputChecks.Snapshot.of(site);
    Files.writeString(site.resolve("b.html"), "<a href=\"javascript:x\">x</a>");
    OutputChecks.Snapshot now = OutputChecks.Snapshot.of(site);

    assertThat(OutputChecks.pages(now, safe)).singleElement().asString().startsWith("b.html: ");
    assertThat(OutputChecks.pages(now, now)).isEmpty();
  }

  @Test
  void linesAreCountedAsTheParsersCountThem() {
    assertThat(MutationFuzzTest.lineCount("a\nb\r\nc\rd".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(4);
    assertThat(MutationFuzzTest.lineCount("".getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
    assertThat(MutationFuzzTest.lineCount("\r".getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
  }
}
