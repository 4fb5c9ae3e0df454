package dev.folio.load.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.GitFixture;
import java.nio.file.Path;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code folio check} warns at a text whose translation changed after it: a page's section or front
 * matter, a data row's text, a chart's title; in either direction, and not when the other language
 * caught up, when both changed together, or when the commit says the change needs no translation.
 */
class TranslationFreshnessTest {
  private static final String PUBLISHED = "2023-03-01T10:00:00+08:00";
  private static final String EN = "content/en/models.md";
  private static final String ZH = "content/zh/models.md";

  private static GitFixture published(String site, Path dir) {
    GitFixture git = GitFixture.of(site, dir);
    git.commit("The report as published", PUBLISHED);
    return git;
  }

  private static Folio.Run check(Path dir, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "check";
    args[1] = "--source";
    args[2] = dir.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return Folio.run(args);
  }

  @Test
  void aSectionEditedInEnglishOnlyPutsTheChineseBehind(@TempDir Path dir) {
    try (GitFixture git = published("basic", dir)) {
      RevCommit edit =
          git.replace(EN, "| a | 1 |", "| a | 2 |").commit("Fix a figure", "2024-06-01T09:00Z");
      Folio.Run run = check(dir);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains(
              ZH
                  + ":5:1: warning: the zh text here is behind its en translation, changed on"
                  + " 2024-06-01 ("
                  + edit.abbreviate(7).name()
                  + ")")
          .contains("Folio-Translation: unchanged")
          .contains("no problems, 1 warning")
          .doesNotContain(EN + ":");
    }
  }

  @Test
  void aChineseEditPutsTheEnglishBehind(@TempDir Path dir) {
    try (GitFixture git = published("basic", dir)) {
      git.replace(ZH, "title: 模型", "title: 模型一览").commit("更新标题", "2024-06-01T09:00Z");
      Folio.Run run = check(dir);
      assertThat(run.out())
          .contains(EN + ":1:1: warning: the en text here is behind its zh translation")
          .doesNotContain(ZH + ":");
    }
  }

  @Test
  void aTranslationThatCaughtUpOrChangedTogetherIsNotBehind(@TempDir Path dir) {
    try (GitFixture git = published("basic", dir)) {
      git.replace(EN, "| a | 1 |", "| a | 2 |").commit("Fix a figure", "2024-06-01T09:00Z");
      git.replace(ZH, "| a | 1 |", "| a | 2 |").commit("翻译", "2024-06-02T09:00Z");
      git.replace(EN, "title: Models", "title: The models")
          .replace(ZH, "title: 模型", "title: 模型表")
          .commit("Both titles", "2024-06-03T09:00Z");
      Folio.Run run = check(dir);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).doesNotContain("warning");
    }
  }

  @Test
  void aCommitThatSaysItNeedsNoTranslationPutsNothingBehind(@TempDir Path dir) {
    try (GitFixture git = published("basic", dir)) {
      git.replace(EN, "| a | 1 |", "| a | 1.0 |")
          .commit("Typo\n\nFolio-Translation: unchanged", "2024-06-01T09:00Z");
      assertThat(check(dir).out()).doesNotContain("warning");
    }
  }

  @Test
  void strictMakesWarningsProblemsAndGithubAnnotatesThem(@TempDir Path dir) {
    try (GitFixture git = published("basic", dir)) {
      git.replace(EN, "| a | 1 |", "| a | 2 |").commit("Fix a figure", "2024-06-01T09:00Z");
      Folio.Run strict = check(dir, "--strict");
      assertThat(strict.exitCode()).isEqualTo(1);
      assertThat(strict.err())
          .contains(ZH + ":5:1: the zh text here is behind its en translation")
          .contains("1 problem found");
      Folio.Run github = check(dir, "--format", "github");
      assertThat(github.exitCode()).isZero();
      assertThat(github.out())
          .containsPattern("::warning file=[^,]*content/zh/models.md,line=5,col=1,");
    }
  }

  @Test
  void aDataRowsTextEditedInOneLanguageWarnsAtTheRow(@TempDir Path dir) {
    try (GitFixture git = published("basic", dir)) {
      git.replace(
              "content/data/companies.yaml",
              "name: {zh: Meta, en: Meta}",
              "name: {zh: Meta, en: Meta Platforms}")
          .commit("Meta's full name", "2024-06-01T09:00Z");
      assertThat(check(dir).out())
          .contains(
              "content/data/companies.yaml:14:11: warning: the zh text here is behind its en"
                  + " translation");
    }
  }

  @Test
  void aChartTitleEditedInOneLanguageWarnsAtTheChart(@TempDir Path dir) {
    try (GitFixture git = published("notes-and-errata", dir)) {
      git.replace(
              "content/charts.yaml",
              "en: \"Parameter counts, with corrections\"",
              "en: \"Parameters, with corrections\"")
          .commit("Shorter title", "2024-06-01T09:00Z");
      assertThat(check(dir).out())
          .contains(
              "content/charts.yaml:3:9: warning: the zh text here is behind its en translation");
    }
  }

  @Test
  void anEditNotYetCommittedIsSaidToBeSo(@TempDir Path dir) {
    try (GitFixture git = published("basic", dir)) {
      git.replace(EN, "| a | 1 |", "| a | 2 |");
      assertThat(check(dir).out())
          .contains(
              ZH
                  + ":5:1: warning: the zh text here is behind its en translation, changed in"
                  + " edits not yet committed");
    }
  }
}
