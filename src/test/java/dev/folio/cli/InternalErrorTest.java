package dev.folio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bug in Folio, an Error as much as an exception, exits 3 with Folio's own message and the trace
 * to report, never a raw "Exception in thread main"; the previous site stays as it was.
 */
class InternalErrorTest {
  @ParameterizedTest
  @ValueSource(strings = {"runtime", "stack-overflow", "out-of-memory"})
  void aBugExitsThreeWithATraceToReport(String fail, @TempDir Path dir) throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "basic");
    Folio.build(source, source.resolve("site"));
    String before = Files.readString(source.resolve("site/en/index.html"));
    Files.writeString(
        source.resolve("folio.yaml"),
        Files.readString(source.resolve("folio.yaml"))
            + "extensions:\n  test-failing:\n    fail: "
            + fail
            + "\n");

    Folio.Run build = Folio.run("build", "--source", source.toString());
    assertThat(build.exitCode()).as(build.all()).isEqualTo(3);
    assertThat(build.err())
        .startsWith(
            fail.equals("out-of-memory")
                ? "folio: out of memory"
                : "folio: internal error (a bug in Folio, please report it with this trace):")
        .contains("at dev.folio.cli.FailingExtension.compute");
    assertThat(source.resolve("site/en/index.html")).hasContent(before);
  }
}
