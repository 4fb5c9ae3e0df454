package dev.folio.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folio.model.OutputFile;
import dev.folio.model.Problem;
import dev.folio.model.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @Test
  void writesExactlyTheGivenFilesAndLeavesNoTemporaryFolder(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("site");
    SiteWriter.write(
        List.of(OutputFile.text("a/index.html", "A"), OutputFile.text("b.txt", "B")), out);
    assertThat(Files.readString(out.resolve("a/index.html"))).isEqualTo("A");
    assertThat(Files.readString(out.resolve("b.txt"))).isEqualTo("B");
    try (Stream<Path> list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactly("site");
    }
  }

  @Test
  void aFailedWriteLeavesThePreviousSiteExactlyAsItWas(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("site");
    SiteWriter.write(List.of(OutputFile.text("index.html", "old")), out);
    // A file where the new site needs a folder makes the write fail halfway.
    List<OutputFile> broken =
        List.of(OutputFile.text("x", "file"), OutputFile.text("x/y", "clash"));
    assertThatThrownBy(() -> SiteWriter.write(broken, out)).isInstanceOf(IOException.class);
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
    try (Stream<Path> list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactly("site");
    }
  }

  @Test
  void twoFilesAtOnePathOrAPathOutsideTheSiteIsAFolioBug(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                SiteWriter.write(
                    List.of(OutputFile.text("a", "1"), OutputFile.text("a", "2")),
                    dir.resolve("s")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> SiteWriter.write(List.of(OutputFile.text("../escape", "1")), dir.resolve("s")))
        .isInstanceOf(IllegalStateException.class);
    for (List<String> paths :
        List.of(
            List.of("/absolute"),
            List.of("a/../../up"),
            List.of(""),
            List.of("a/b", "a/./b"),
            List.of("a/b", "a//b"),
            List.of("a/b", "a/c/../b"))) {
      assertThatThrownBy(
              () ->
                  SiteWriter.write(
                      paths.stream().map(path -> OutputFile.text(path, "x")).toList(),
                      dir.resolve("s")))
          .as("%s", paths)
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(dir.resolve("s")).doesNotExist();
    assertThat(dir.resolve("escape")).doesNotExist();
  }

  @Test
  void aPlainPathIsNamesBetweenSlashesAndNothingToNormalise() {
    for (String plain :
        List.of("index.html", "en/s019/p00942/index.html", ".nojekyll", "a/.b/c.")) {
      assertThat(SiteWriter.isPlain(plain)).as(plain).isTrue();
    }
    for (String other :
        List.of("", "/a", "a/", "a//b", "./a", "a/.", "../a", "a/../b", "a\\b", "c:x")) {
      assertThat(SiteWriter.isPlain(other)).as(other).isFalse();
    }
  }

  @Test
  void streamedFilesAreMadeAsTheyAreWrittenAndNotKept(@TempDir Path dir) throws IOException {
    AtomicInteger made = new AtomicInteger();
    OutputFile page =
        OutputFile.streamed(
            "p/index.html",
            out -> out.write(("page " + made.incrementAndGet()).getBytes(StandardCharsets.UTF_8)));
    SiteWriter.write(List.of(page, OutputFile.text("a.txt", "A")), dir.resolve("site"));
    assertThat(Files.readString(dir.resolve("site/p/index.html"))).isEqualTo("page 1");
    assertThat(page.made()).as("a streamed file keeps nothing").isFalse();
    assertThat(made).hasValue(1);
    assertThat(page.bytes())
        .as("asked for its bytes, it is made again")
        .isEqualTo("page 2".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyStreamedFileThatCannotBeMadeIsReportedAndThePreviousSiteStays(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("site");
    SiteWriter.write(List.of(OutputFile.text("index.html", "old")), out);
    Problem first = Problem.at(new SourcePos("templates/page.ftlh", 3, 1), "first");
    Problem second = Problem.at(new SourcePos("templates/page.ftlh", 9, 1), "second");
    List<OutputFile> files =
        List.of(
            OutputFile.streamed(
                "b/index.html",
                stream -> {
                  throw new OutputFile.Unmade(List.of(second));
                }),
            OutputFile.text("index.html", "new"),
            OutputFile.streamed(
                "a/index.html",
                stream -> {
                  throw new OutputFile.Unmade(List.of(first));
                }));
    assertThatThrownBy(() -> SiteWriter.write(files, out))
        .isInstanceOfSatisfying(
            OutputFile.Unmade.class,
            e -> assertThat(e.problems()).as("in the files' order").containsExactly(first, second));
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
    try (Stream<Path> list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactly("site");
    }
  }
}
