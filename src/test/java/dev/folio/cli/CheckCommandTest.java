package dev.folio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Problem;
import dev.folio.model.SourcePos;
import dev.folio.testing.Folio;
import dev.folio.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code folio check}: problems as text for people, or as GitHub annotations for a pull request.
 */
class CheckCommandTest {
  @Test
  void githubFormatPrintsOneAnnotationPerProblemAtItsLineAndColumn(@TempDir Path dir) {
    Path source = TestSites.prepare(dir.resolve("project"), "basic");
    TestSites.overlay(source, "several-problems-at-once");

    Folio.Run text = Folio.run("check", "--source", source.toString());
    Folio.Run github = Folio.run("check", "--source", source.toString(), "--format", "github");

    assertThat(github.exitCode()).isEqualTo(1);
    List<String> annotations = github.err().lines().filter(l -> l.startsWith("::")).toList();
    assertThat(annotations)
        .hasSize(2)
        .satisfiesExactly(
            first ->
                assertThat(first)
                    .matches(
                        "::error file=[^,]*content/data/models\\.yaml,"
                            + "line=25,col=13,title=Folio::\"rows\\[0\\]\\.params\" must be a number, got"
                            + " \"1750亿\"%0Ahint: column \"params\" holds counts: write a plain number .*"),
            second ->
                assertThat(second)
                    .matches(
                        "::error file=[^,]*content/en/models\\.md,line=1,"
                            + "col=1,title=Folio::the page has no front matter%0Ahint: .*"));
    assertThat(github.err()).endsWith("folio: 2 problems found; nothing was written.\n");
    assertThat(text.err())
        .startsWith("content/data/models.yaml:25:13: \"rows[0].params\"")
        .doesNotContain("::error");
  }

  @Test
  void githubAnnotationsEscapeWhatTheRunnerWouldReadAsSyntax() {
    // (a problem's own text is one line: a line break in a quoted value became a space)
    Problem problem =
        Problem.at(new SourcePos("content/a,b:c.md", 3, 4), "100% wrong\nsecond", "fix it");
    assertThat(Reporting.github(problem, Path.of("")))
        .isEqualTo(
            "::error file=content/a%2Cb%3Ac.md,line=3,col=4,title=Folio::100%25 wrong second"
                + "%0Ahint: fix it");
  }

  @Test
  void aProblemWithTheWholeFileIsAtItsStartAndOneWithAFolderHasNoLine() {
    Problem file = Problem.at(SourcePos.file("content/i18n/en.yaml"), "missing");
    assertThat(Reporting.github(file, Path.of("")))
        .isEqualTo("::error file=content/i18n/en.yaml,line=1,col=1,title=Folio::missing");
    Problem folder = Problem.at(SourcePos.file("content/ja/"), "not a language");
    assertThat(Reporting.github(folder, Path.of("")))
        .isEqualTo("::error file=content/ja,title=Folio::not a language");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Folio.Run run = Folio.run("check", "--format", "json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("expected text or github, got \"json\"");
  }
}
