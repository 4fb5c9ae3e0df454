package dev.folio.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files of a folder are read, how a file's bytes become its text, and where bytes that are
 * not UTF-8 are reported.
 */
class SourceFilesTest {
  private final Problems problems = new Problems();

  private Optional<String> decode(byte[] bytes) {
    return SourceFiles.decode(bytes, "content/en/p.md", problems);
  }

  @Test
  void utf8TextIsReadAsItIsWithoutItsByteOrderMarkAndWithLfLineEnds() {
    assertThat(decode("\uFEFF推理 cost\r\nline 2\rnot an end\n".getBytes(StandardCharsets.UTF_8)))
        .contains("推理 cost\nline 2\rnot an end\n");
    assertThat(decode("a replacement character � is text".getBytes(StandardCharsets.UTF_8)))
        .contains("a replacement character � is text");
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void aByteThatIsNotUtf8IsReportedAtItsLineAndColumn() {
    byte[] bytes = "line 1\n成本 x".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    broken[bytes.length] = (byte) 0xc3; // a lead byte with no continuation
    broken[bytes.length + 1] = 'y';
    assertThat(decode(broken)).isEmpty();
    assertThat(problems.list())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.pos()).hasToString("content/en/p.md:2:5");
              assertThat(p.message()).isEqualTo("the file is not valid UTF-8 here (byte 15)");
            });
  }

  @Test
  void theFilesOfAFolderAreItsFilesAndLinksToFilesBelowItInOrder(@TempDir Path dir)
      throws IOException {
    Path pages = Files.createDirectories(dir.resolve("en"));
    Files.writeString(pages.resolve("b.md"), "b");
    Files.createDirectories(pages.resolve("models"));
    Files.writeString(pages.resolve("models/a.md"), "a");
    Files.writeString(pages.resolve("notes.txt"), "not a page");
    Files.createDirectories(pages.resolve("folder.md")); // a folder, whatever its name
    Path elsewhere = Files.writeString(dir.resolve("shared.md"), "shared");
    Files.createSymbolicLink(pages.resolve("linked.md"), elsewhere);
    Files.createSymbolicLink(pages.resolve("dangling.md"), dir.resolve("missing.md"));

    assertThat(SourceFiles.files(pages, ".md"))
        .containsExactly(
            pages.resolve("b.md"), pages.resolve("linked.md"), pages.resolve("models/a.md"));
    assertThat(SourceFiles.files(dir.resolve("absent"), ".md")).isEmpty();
  }
}
