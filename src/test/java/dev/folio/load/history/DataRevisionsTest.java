package dev.folio.load.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.Pipeline;
import dev.folio.model.Change;
import dev.folio.model.ContentException;
import dev.folio.model.History;
import dev.folio.model.TableHistory;
import dev.folio.model.Value;
import dev.folio.testing.Folio;
import dev.folio.testing.GitFixture;
import dev.folio.testing.TestSites;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a report's history says of its data, read from repositories built commit by commit: rows
 * added and removed, values revised (net against the report as published), a revert, a data file
 * moved, a merged branch, a baseline named by a tag, edits not yet committed, and the projects that
 * have no history (outside git, a shallow clone, a folder of a larger repository).
 */
class DataRevisionsTest {
  private static final String MODELS = "content/data/models.yaml";
  private static final String PUBLISHED = "2023-03-01T10:00:00+08:00";

  private static History history(Path project) throws ContentException {
    return new Pipeline(project, null).render().site().reports().get(0).history();
  }

  private static GitFixture published(Path dir) {
    GitFixture git = GitFixture.of("basic", dir);
    git.commit("The report as published", PUBLISHED);
    return git;
  }

  @Test
  void aReportWithoutChangesHasItsBaselineAndNothingElse(@TempDir Path dir) throws Exception {
    published(dir).close();
    History history = history(dir);
    assertThat(history.baseline().date()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(history.tables()).isEmpty();
    assertThat(history.changes()).isEmpty();
  }

  @Test
  void aValueRevisedTwiceShowsItsPublishedValueAndItsLatestChange(@TempDir Path dir)
      throws Exception {
    try (GitFixture git = published(dir)) {
      git.replace(MODELS, "params: 175000000000", "params: 180000000000")
          .commit("GPT-3 is larger than reported", "2024-06-01T09:00:00+08:00");
      RevCommit second =
          git.replace(MODELS, "params: 180000000000", "params: 176000000000")
              .commit(
                  "Fix a typo\n\nFolio-Reason: The paper says 175 billion, rounded up",
                  "2024-07-15T18:30:00+02:00");
      History history = history(dir);
      TableHistory models = history.table("models").orElseThrow();
      TableHistory.Revision revision = models.revision("gpt-3", "params").orElseThrow();
      assertThat(revision.published()).isEqualTo(new Value.Num(new BigDecimal("175000000000")));
      assertThat(revision.latest().reason()).isEqualTo("The paper says 175 billion, rounded up");
      assertThat(revision.latest().date()).isEqualTo(LocalDate.of(2024, 7, 15));
      assertThat(revision.latest().commit()).isEqualTo(second.abbreviate(7).name());
      assertThat(models.revisedValues()).isEqualTo(1);
      assertThat(models.latest()).isEqualTo(LocalDate.of(2024, 7, 15));
      assertThat(history.changes())
          .extracting(Change::reason)
          .containsExactly(
              "The paper says 175 billion, rounded up", "GPT-3 is larger than reported");
      assertThat(history.changes().get(1).before())
          .isEqualTo(new Value.Num(new BigDecimal("175000000000")));
      assertThat(history.changes().get(1).after())
          .isEqualTo(new Value.Num(new BigDecimal("180000000000")));
    }
  }

  @Test
  void rowsAddedAndRemovedAreCountedByTheirIds(@TempDir Path dir) throws Exception {
    try (GitFixture git = published(dir)) {
      git.replace(
              MODELS,
              "  - id: gpt-4\n",
              "  - id: palm\n    company: openai\n    model: PaLM\n    params: 540000000000\n"
                  + "    released: 2022-04-04\n    weights: closed\n  - id: gpt-4\n")
          .commit("Add PaLM", "2024-01-10T09:00:00Z");
      String text = git.read(MODELS);
      String gpt4 = text.substring(text.indexOf("  - id: gpt-4\n"));
      git.write(MODELS, text.replace(gpt4, ""))
          .commit("GPT-4 is not in the report's scope", "2024-02-10T09:00:00Z");
      TableHistory models = history(dir).table("models").orElseThrow();
      assertThat(models.added()).containsOnlyKeys("palm");
      assertThat(models.added().get("palm").reason()).isEqualTo("Add PaLM");
      assertThat(models.removed()).containsExactly("gpt-4");
      assertThat(models.revised()).isEmpty();
    }
  }

  @Test
  void aRevertLeavesNoRevisionButBothChangesStayInTheHistory(@TempDir Path dir) throws Exception {
    try (GitFixture git = published(dir)) {
      git.replace(MODELS, "model: LLaMA", "model: LLaMA 2").commit("Rename", "2024-01-10T09:00Z");
      git.replace(MODELS, "model: LLaMA 2", "model: LLaMA")
          .commit("Revert \"Rename\"", "2024-01-11T09:00Z");
      History history = history(dir);
      assertThat(history.table("models")).isEmpty();
      assertThat(history.changes()).hasSize(2);
    }
  }

  @Test
  void aDataFileMovedKeepsItsHistory(@TempDir Path dir) throws Exception {
    try (GitFixture git = published(dir)) {
      git.replace(MODELS, "model: LLaMA", "model: LLaMA 1").commit("Name", "2024-01-10T09:00Z");
      // The table keeps its name; git sees the file renamed.
      git.move(MODELS, "content/data/models.yml").commit("Shorter extension", "2024-01-12T09:00Z");
      git.replace("content/data/models.yml", "model: GPT-3", "model: GPT-3 (davinci)")
          .commit("Name GPT-3's model", "2024-01-13T09:00Z");
      History history = history(dir);
      TableHistory models = history.table("models").orElseThrow();
      assertThat(models.revision("llama", "model")).isPresent();
      assertThat(models.revision("gpt-3", "model")).isPresent();
      assertThat(history.changes()).hasSize(2);
    }
  }

  @Test
  void aMergedBranchIsOneChangeWithThePullRequestsTitle(@TempDir Path dir) throws Exception {
    try (GitFixture git = published(dir)) {
      git.branch("update");
      git.replace(MODELS, "released: 2023-03-14", "released: 2023-03-15")
          .commit("wip", "2024-03-01T09:00Z");
      git.checkout("main");
      git.merge(
          "update",
          "Merge pull request #7 from analyst/update\n\nGPT-4 came out on 15 March in Asia",
          "2024-03-02T09:00Z");
      History history = history(dir);
      assertThat(history.changes()).hasSize(1);
      assertThat(history.changes().get(0).reason()).isEqualTo("GPT-4 came out on 15 March in Asia");
      assertThat(history.changes().get(0).date()).isEqualTo(LocalDate.of(2024, 3, 2));
    }
  }

  @Test
  void aBaselineTagMakesTheChangesBeforeItPartOfTheReport(@TempDir Path dir) throws Exception {
    try (GitFixture git = published(dir)) {
      git.replace(MODELS, "model: LLaMA", "model: LLaMA 1").commit("Before", "2023-03-02T09:00Z");
      git.tag("published");
      git.replace(MODELS, "model: GPT-4", "model: GPT-4 (March)")
          .commit("After", "2023-04-01T09:00Z");
      git.replace(
              "folio.yaml", "  date: 2023-03-01\n", "  date: 2023-03-01\n  baseline: published\n")
          .commit("Name the baseline", "2023-04-02T09:00Z");
      History history = history(dir);
      assertThat(history.baseline().date()).isEqualTo(LocalDate.of(2023, 3, 2));
      assertThat(history.changes()).extracting(Change::reason).containsExactly("After");
    }
  }

  @Test
  void aBaselineThatIsNoCommitIsAProblemAtItsLine(@TempDir Path dir) {
    try (GitFixture git = published(dir)) {
      git.replace("folio.yaml", "  date: 2023-03-01\n", "  date: 2023-03-01\n  baseline: v9\n")
          .commit("Name the baseline", "2023-04-02T09:00Z");
      Folio.Run run =
          Folio.run("build", "--source", dir.toString(), "--out", dir.resolve("site").toString());
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains(
              "folio.yaml:15:13: \"baseline\" is \"v9\", which is no commit or tag of this repository");
    }
  }

  @Test
  void anEditNotYetCommittedIsARevisionWithoutCommit(@TempDir Path dir) throws Exception {
    try (GitFixture git = published(dir)) {
      git.replace(MODELS, "model: LLaMA", "model: LLaMA 1");
      History history = history(dir);
      Change change = history.changes().get(0);
      assertThat(change.uncommitted()).isTrue();
      assertThat(change.commit()).isNull();
      assertThat(
              history
                  .table("models")
                  .orElseThrow()
                  .revision("llama", "model")
                  .orElseThrow()
                  .latest()
                  .uncommitted())
          .isTrue();
    }
  }

  @Test
  void aProjectOutsideGitHasNoHistory(@TempDir Path dir) throws Exception {
    Path project = TestSites.prepare(dir.resolve("project"), "basic");
    History history = history(project);
    assertThat(history).isEqualTo(History.NONE);
  }

  @Test
  void aFolderOfALargerRepositoryReadsItsHistoryOnlyIfItSaysSo(@TempDir Path dir) throws Exception {
    try (GitFixture git = GitFixture.of("basic", dir.resolve("repo"))) {
      // The project is the repository's sub/ folder.
      Path project = dir.resolve("repo/sub");
      TestSites.prepare(project, "basic");
      git.commit("Everything", PUBLISHED);
      assertThat(history(project)).isEqualTo(History.NONE);
      git.replace("sub/folio.yaml", "languages:", "history: true\nlanguages:")
          .commit("Read the history", "2023-03-02T09:00Z");
      git.replace("sub/" + MODELS, "model: LLaMA", "model: LLaMA 1")
          .commit("Revise", "2023-03-03T09:00Z");
      assertThat(history(project).changes()).extracting(Change::reason).containsExactly("Revise");
    }
  }

  @Test
  void aShallowCloneIsAProblemThatSaysHowToFetchTheHistory(@TempDir Path dir) {
    try (GitFixture git = published(dir.resolve("origin"))) {
      git.replace(MODELS, "model: LLaMA", "model: LLaMA 1").commit("Revise", "2023-03-03T09:00Z");
      Path clone = git.shallowClone(dir.resolve("clone"), 1);
      Folio.Run run = Folio.run("check", "--source", clone.toString());
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains("the project's git history is a shallow clone")
          .contains("fetch-depth: 0");
      assertThat(Folio.run("check", "--no-history", "--source", clone.toString()).exitCode())
          .isZero();
    }
  }
}
