package dev.folio.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.GitFixture;
import dev.folio.testing.WorkflowStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The two paths of {@code .github/workflows/pages.yml}: a push or pull request that changes only
 * the report's content ({@code content/}, {@code folio.yaml}, {@code i18n/}, {@code static/},
 * {@code templates/}) is checked, tested by the report's own tests and built on a cached Folio;
 * anything else runs Folio's whole suite. Step "What changed" is run here with bash on a repository
 * made by the test (actionlint, in {@link WorkflowLintTest}, checks the rest).
 */
class PagesWorkflowPathsTest {
  private static final Path WORKFLOW = Folio.projectDir().resolve(".github/workflows/pages.yml");
  private static final String JOB = "build";
  private static final String A_TIME = "2024-06-01T09:00:00+08:00";

  @TempDir Path dir;

  /** The step's output {@code suite} and what it printed, for the changes since {@code base}. */
  private String suite(GitFixture project, String base) throws IOException {
    return suite(project, base, "");
  }

  /** The same from {@code base} to {@code tip} (the checked-out commit when empty). */
  private String suite(GitFixture project, String base, String tip) throws IOException {
    Path output = dir.resolve("github-output");
    Files.deleteIfExists(output);
    WorkflowStep.Result run =
        WorkflowStep.of(WORKFLOW, JOB, "What changed")
            .run(
                project.dir(),
                Map.of("BASE", base, "TIP", tip, "GITHUB_OUTPUT", output.toString()));
    assertThat(run.exitCode()).as(run.all()).isZero();
    return Files.readString(output, StandardCharsets.UTF_8).strip() + "\n" + run.out();
  }

  private GitFixture projectWithFolio() {
    return projectWithFolio("project");
  }

  /** A project in folder {@code name}: the basic site and a stand-in for Folio's sources. */
  private GitFixture projectWithFolio(String name) {
    GitFixture project = GitFixture.of("basic", dir.resolve(name));
    project.write("pom.xml", "<project/>\n").write("src/main/java/A.java", "class A {}\n");
    project.commit("The first version", A_TIME);
    return project;
  }

  @Test
  void aPushOfContentAloneTakesTheContentPath() throws IOException {
    try (GitFixture project = projectWithFolio()) {
      String before = project.commit("Nothing yet", A_TIME).name();
      project
          .write("content/en/new-page.md", "---\ntitle: New\n---\nText.\n")
          .write("i18n/en.yaml", "footer.edition: Edition\n")
          .write("static/x.txt", "x\n")
          .write("templates/page.ftlh", "<html></html>\n")
          .write("folio.yaml", project.read("folio.yaml") + "# edited\n");
      project.commit("Content: a page, a string, a file, a template, the configuration", A_TIME);
      project.write("content/en/new-page.md", "---\ntitle: New\n---\nMore text.\n");
      project.commit("A second commit in the same push", A_TIME);

      assertThat(suite(project, before)).startsWith("suite=content\n");
    }
  }

  @Test
  void aPushThatTouchesFolioRunsTheWholeSuiteAndSaysWhy() throws IOException {
    for (String tool :
        List.of(
            "src/main/java/A.java",
            "pom.xml",
            ".ci/run",
            "bin/folio",
            "docs/theme.md",
            ".github/workflows/pages.yml",
            "schemas/x.schema.json",
            "contents.md",
            "folio.yaml.orig")) {
      try (GitFixture project = projectWithFolio("project-" + tool.replace('/', '-'))) {
        String before = project.commit("Nothing yet", A_TIME).name();
        project.write("content/en/new-page.md", "---\ntitle: New\n---\nText.\n");
        project.write(tool, "changed\n");
        project.commit("Content and " + tool, A_TIME);

        assertThat(suite(project, before))
            .as(tool)
            .startsWith("suite=whole\n")
            .contains("  " + tool + "\n")
            .doesNotContain("new-page.md");
      }
    }
  }

  @Test
  void aFileMovedFromFolioIntoContentCountsOnBothSides() throws IOException {
    try (GitFixture project = projectWithFolio()) {
      String before = project.commit("Nothing yet", A_TIME).name();
      project.move("src/main/java/A.java", "content/en/A.java");
      project.commit("A file of Folio's moved into content/", A_TIME);

      assertThat(suite(project, before))
          .startsWith("suite=whole\n")
          .contains("  src/main/java/A.java\n");
    }
  }

  @Test
  void withNothingToCompareWithTheWholeSuiteRuns() throws IOException {
    try (GitFixture project = projectWithFolio()) {
      project.write("content/en/new-page.md", "---\ntitle: New\n---\nText.\n");
      project.commit("Content", A_TIME);

      // A manual run (no commit before), a new branch (zeros), a force push whose old head
      // the clone does not have.
      for (String base : List.of("", "0".repeat(40), "1234567890123456789012345678901234567890")) {
        assertThat(suite(project, base))
            .as("BASE=" + base)
            .startsWith("suite=whole\n")
            .contains("No commit to compare with");
      }
    }
  }

  @Test
  void aPullRequestIsJudgedByItsOwnChangesNotByWhatItsBaseGainedSince() throws IOException {
    try (GitFixture project = projectWithFolio()) {
      RevCommit base = project.commit("The base", A_TIME);
      project.branch("edit");
      project.write("content/en/new-page.md", "---\ntitle: New\n---\nText.\n");
      RevCommit edit = project.commit("Content", A_TIME);
      project.checkout("main");
      project.write("src/main/java/A.java", "class A { int a; }\n");
      project.commit("Folio changes on main meanwhile", A_TIME);
      RevCommit merged = project.merge("edit", "Merge the pull request", A_TIME);

      // GitHub checks out a pull request's merge commit (the base's head, then the pull
      // request's); the event names the pull request's head and a base that may be older.
      assertThat(merged.getParent(1)).isEqualTo(edit);
      assertThat(suite(project, base.name(), edit.name())).startsWith("suite=content\n");
      assertThat(suite(project, merged.getParent(0).name(), edit.name()))
          .startsWith("suite=content\n");
      // Not so for a push: what the push brings is the change.
      assertThat(suite(project, base.name())).startsWith("suite=whole\n");
      assertThat(suite(project, base.name(), "9".repeat(40))).startsWith("suite=whole\n");
    }
  }

  @Test
  void theTwoPathsRunWhatTheyShouldAndBothBuildTheSite() {
    JsonNode workflow = YAMLMapper.builder().build().readTree(WORKFLOW.toFile());
    JsonNode steps = workflow.path("jobs").path(JOB).path("steps");
    List<String> content = new ArrayList<>();
    List<String> whole = new ArrayList<>();
    for (JsonNode step : steps) {
      String name = step.path("name").asString(step.path("uses").asString(""));
      String condition = step.path("if").asString("");
      if (!condition.contains("suite == 'whole'")) {
        content.add(name);
      }
      if (!condition.contains("suite == 'content'")) {
        whole.add(name);
      }
    }

    assertThat(content)
        .containsSubsequence(
            "What changed",
            "Folio from the cache",
            "Build Folio",
            "Fonts for the PDF editions, poppler for their tests",
            "Check the content",
            "The report's tests",
            "Build the site",
            "actions/upload-pages-artifact@v3")
        .doesNotContain("Folio's whole test suite");
    assertThat(whole)
        .containsSubsequence(
            "What changed",
            "Fonts for the PDF editions, poppler for their tests",
            "Check the content",
            "Folio's whole test suite",
            "Build the site")
        .doesNotContain("The report's tests");
    assertThat(steps.get(0).path("with").path("fetch-depth").asInt(-1)).isZero();
  }

  @Test
  void folioIsCachedByTheHashOfEverythingItIsBuiltFromAndOnlyBuiltOnAMiss() {
    JsonNode workflow = YAMLMapper.builder().build().readTree(WORKFLOW.toFile());
    JsonNode cache = null;
    JsonNode build = null;
    for (JsonNode step : workflow.path("jobs").path(JOB).path("steps")) {
      if (step.path("uses").asString("").startsWith("actions/cache@")) {
        cache = step;
      }
      if (step.path("name").asString("").equals("Build Folio")) {
        build = step;
      }
    }
    assertThat(cache).isNotNull();
    assertThat(build).isNotNull();
    assertThat(cache.path("with").path("key").asString())
        .contains("hashFiles('pom.xml', 'src/**')");
    assertThat(cache.path("with").path("path").asString().lines())
        .containsExactly("target/folio.jar", "target/classes", "target/test-classes");
    assertThat(build.path("if").asString())
        .isEqualTo("steps." + cache.path("id").asString() + ".outputs.cache-hit != 'true'");
  }
}
