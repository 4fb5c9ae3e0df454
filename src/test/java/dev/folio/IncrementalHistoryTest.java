package dev.folio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.memo.BuildSession;
import dev.folio.model.BaseUrl;
import dev.folio.testing.GitFixture;
import dev.folio.testing.SameBuild;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code folio serve}'s incremental builds of a project with history write what a full build
 * writes: after an edit not yet committed, after its commit, after a commit that adds a row, and
 * after a page's edit; and a rebuild with nothing new redoes none of the history.
 */
class IncrementalHistoryTest {
  private static final String MODELS = "content/data/models.yaml";

  @Test
  void editsAndCommitsBuildIncrementallyAsAFullBuildDoes(@TempDir Path dir) throws Exception {
    try (GitFixture git = GitFixture.of("basic", dir.resolve("project"))) {
      git.commit("The report as published", "2023-03-01T10:00:00+08:00");
      BuildSession session = BuildSession.keeping();
      Pipeline incremental =
          new Pipeline(git.dir(), BaseUrl.parse("/"), session).withoutTranslationWarnings();
      SameBuild.assertSameAsFullBuild(git.dir(), incremental);

      git.replace(MODELS, "params: 175000000000", "params: 180000000000");
      SameBuild.assertSameAsFullBuild(git.dir(), incremental);
      git.commit("Revise GPT-3", "2024-06-01T09:00:00+08:00");
      SameBuild.assertSameAsFullBuild(git.dir(), incremental);
      git.replace(MODELS, "model: LLaMA\n", "model: LLaMA 1\n")
          .commit("Name LLaMA's version", "2024-06-02T09:00:00+08:00");
      SameBuild.assertSameAsFullBuild(git.dir(), incremental);
      git.replace("content/en/models.md", "| a | 1 |", "| a | 2 |");
      SameBuild.assertSameAsFullBuild(git.dir(), incremental);

      session.takeCounts();
      incremental.render();
      String counts = session.takeCounts();
      assertThat(counts).as("nothing new: no history task runs again").contains(" 0 computed");
    }
  }
}
