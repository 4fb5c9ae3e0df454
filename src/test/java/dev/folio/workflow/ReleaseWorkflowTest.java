package dev.folio.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.TestSites;
import dev.folio.testing.WorkflowStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .github/workflows/release.yml}'s steps, run here with bash (actionlint, in {@link
 * WorkflowLintTest}, checks the rest): the jar's version must be the tag's, {@code
 * folio.jar.sha256} is what {@code sha256sum --check} reads, and the release notes are the tag's
 * section of the changelog.
 */
class ReleaseWorkflowTest {
  private static final Path WORKFLOW = Folio.projectDir().resolve(".github/workflows/release.yml");
  private static final String JOB = "release";

  @TempDir Path dir;

  private WorkflowStep.Result notes(String tag) throws IOException {
    Files.copy(
        TestSites.resources().resolve("workflows/release/CHANGELOG.md"),
        dir.resolve("CHANGELOG.md"),
        StandardCopyOption.REPLACE_EXISTING);
    Path temp = Files.createDirectories(dir.resolve("runner-temp"));
    return WorkflowStep.of(WORKFLOW, JOB, "Release notes")
        .run(dir, Map.of("TAG", tag, "RUNNER_TEMP", temp.toString()));
  }

  @Test
  void theReleaseNotesAreTheTagsSectionOfTheChangelog() throws IOException {
    WorkflowStep.Result run = notes("v0.2.0");
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(dir.resolve("runner-temp/notes.md"))
        .hasContent(
            """
            ### Added

            - A chart kind.

            ### Fixed

            - A date that read [2023-13-01] as valid.
            """);
  }

  @Test
  void theLastSectionLeavesOutTheLinksAndAVersionWithoutOneFails() throws IOException {
    WorkflowStep.Result first = notes("v0.1.0");
    assertThat(first.exitCode()).as(first.all()).isZero();
    assertThat(dir.resolve("runner-temp/notes.md")).hasContent("- The first release.\n");

    WorkflowStep.Result missing = notes("v0.3.0");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.out()).contains("::error file=CHANGELOG.md::no section \"## [0.3.0]\"");
  }

  @Test
  void theRepositorysChangelogHasAnUnreleasedSectionAndDatedVersions() throws IOException {
    List<String> headings =
        Files.readAllLines(Folio.projectDir().resolve("CHANGELOG.md"), StandardCharsets.UTF_8)
            .stream()
            .filter(line -> line.startsWith("## "))
            .toList();
    assertThat(headings).first().isEqualTo("## [Unreleased]");
    assertThat(headings.subList(1, headings.size()))
        .allMatch(
            h -> h.matches("## \\[\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.]+)?] - \\d{4}-\\d{2}-\\d{2}"));
  }

  @Test
  void theChecksumFileIsWhatSha256sumChecks() throws Exception {
    Path target = Files.createDirectories(dir.resolve("target"));
    byte[] jar = "not really a jar, but bytes to hash".getBytes(StandardCharsets.UTF_8);
    Files.write(target.resolve("folio.jar"), jar);

    WorkflowStep.Result run = WorkflowStep.of(WORKFLOW, JOB, "SHA-256").run(target, Map.of());

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(target.resolve("folio.jar.sha256")).hasContent(sha256(jar) + "  folio.jar\n");
  }

  @Test
  void aJarWhoseVersionIsNotTheTagsIsNotReleased() throws IOException {
    assertThat(versionCheck("v0.2.0", "folio 0.2.0 (commit 0123456789ab)").exitCode()).isZero();
    assertThat(versionCheck("v0.2.0", "folio 0.2.0").exitCode()).isZero();

    WorkflowStep.Result snapshot = versionCheck("v0.2.0", "folio 0.2.0-SNAPSHOT");
    assertThat(snapshot.exitCode()).isEqualTo(1);
    assertThat(snapshot.out())
        .contains("::error file=pom.xml::tag v0.2.0, but the jar says \"folio 0.2.0-SNAPSHOT\"");
    assertThat(versionCheck("v0.2.1", "folio 0.2.0 (commit 0123456789ab)").exitCode()).isEqualTo(1);
    assertThat(versionCheck("v0.2.0-SNAPSHOT", "folio 0.2.0-SNAPSHOT").exitCode()).isEqualTo(1);
  }

  /** The version check, with a stand-in for {@code java} that prints {@code line}. */
  private WorkflowStep.Result versionCheck(String tag, String line) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/usr/bin/env bash\necho '" + line + "'\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return WorkflowStep.of(WORKFLOW, JOB, "Check the jar is the tag's version")
        .run(dir, Map.of("TAG", tag, "PATH", bin + ":" + System.getenv("PATH")));
  }

  static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
