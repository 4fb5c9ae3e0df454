package dev.folio.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Problem;
import dev.folio.model.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build's pages read ahead: the same texts and problems as read from the disk. */
class ReadAheadTest {
  private static void waitFor(ReadAhead ahead, int files) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (ahead.waiting() < files && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(ahead.waiting()).isEqualTo(files);
  }

  @Test
  void thePagesReadAheadAreTheDisksAndABrokenOneIsReportedByItsPage(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path en = Files.createDirectories(dir.resolve("content/en/models"));
    Files.writeString(en.resolve("gpt.md"), "---\ntitle: GPT\n---\n模型\r\n", StandardCharsets.UTF_8);
    Files.writeString(en.getParent().resolve("index.md"), "# Home\n", StandardCharsets.UTF_8);
    Files.write(en.resolve("broken.md"), new byte[] {'a', '\n', 'b', (byte) 0xff, '\n'});
    Files.writeString(dir.resolve("content/data.yaml"), "a: 1\n", StandardCharsets.UTF_8);

    ReadAhead ahead = ReadAhead.start(dir.resolve("content"));
    waitFor(ahead, 2); // the two pages in UTF-8; not the broken one, nor the data file
    Problems problems = new Problems();
    assertThat(ahead.readText(en.resolve("gpt.md"), "content/en/models/gpt.md", problems))
        .isEqualTo(SourceFiles.readText(en.resolve("gpt.md"), "x", new Problems()))
        .contains("---\ntitle: GPT\n---\n模型\n");
    assertThat(ahead.waiting()).isOne();

    Optional<String> broken =
        ahead.readText(en.resolve("broken.md"), "content/en/models/broken.md", problems);
    assertThat(broken).isEmpty();
    Problem problem = problems.list().get(0);
    assertThat(problem.pos().path()).isEqualTo("content/en/models/broken.md");
    assertThat(problem.pos().line()).isEqualTo(2);
    assertThat(problems.list()).hasSize(1);

    // The pages listed: their own reading starts; the load over: what is left is let go.
    assertThat(ahead.files(en.getParent(), ".md")).hasSize(3);
    ahead.loaded();
    assertThat(ahead.waiting()).isZero();
    assertThat(ahead.readText(en.getParent().resolve("index.md"), "i", problems))
        .contains("# Home\n");
  }
}
