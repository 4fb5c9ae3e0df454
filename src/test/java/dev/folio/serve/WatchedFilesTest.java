package dev.folio.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.load.ProjectFiles;
import dev.folio.model.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code serve}'s loads read the project: a watched folder's files are read once and kept until
 * the watcher reports them changed; everything else, and every file of a direct load, is read each
 * time.
 */
class WatchedFilesTest {
  @TempDir Path dir;

  private static String read(ProjectFiles files, Path file) {
    return files.readText(file, file.getFileName().toString(), new Problems()).orElseThrow();
  }

  @Test
  void aWatchedFileIsReadOnceUntilItIsReportedChangedThenReadAgain() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content/en"));
    Path page = Files.writeString(content.resolve("a.md"), "first");
    WatchedFiles files = new WatchedFiles(List.of(dir.resolve("content")));

    String once = read(files, page);
    // The same length, perhaps within the same tick of the clock: only the report tells.
    Files.writeString(page, "again");
    assertThat(read(files, page)).as("kept, the same instance").isSameAs(once);

    files.changed(Set.of(page), false);
    assertThat(read(files, page)).isEqualTo("again");
  }

  @Test
  void aChangeReportedThroughAnotherSpellingOfThePathCountsToo() throws Exception {
    Path page =
        Files.writeString(Files.createDirectories(dir.resolve("content")).resolve("a.md"), "1");
    WatchedFiles files = new WatchedFiles(List.of(dir.resolve("content")));
    read(files, page);
    Files.writeString(page, "2");

    files.changed(Set.of(dir.resolve("./content/../content/a.md").toAbsolutePath()), false);

    assertThat(read(files, page)).isEqualTo("2");
  }

  @Test
  void aFolderListedIsKeptUntilFilesAreCreatedOrDeletedAndWhatItHeldIsReadAgain() throws Exception {
    Path guide = Files.createDirectories(dir.resolve("content/en/guide"));
    Path start = Files.writeString(guide.resolve("start.md"), "start");
    WatchedFiles files = new WatchedFiles(List.of(dir.resolve("content")));
    Path en = dir.resolve("content/en");
    assertThat(files.files(en, ".md")).containsExactly(start);
    read(files, start);

    Path faq = Files.writeString(guide.resolve("faq.md"), "faq");
    assertThat(files.files(en, ".md")).as("nothing reported yet").containsExactly(start);
    files.changed(Set.of(faq), false);
    assertThat(files.files(en, ".md")).as("a change of text lists nothing").containsExactly(start);

    files.changed(Set.of(faq), true);
    assertThat(files.files(en, ".md")).containsExactly(faq, start);

    // A folder renamed: its files are listed and read from where they are now.
    Path moved = Files.move(guide, en.resolve("help"));
    Files.writeString(moved.resolve("start.md"), "moved");
    files.changed(Set.of(guide, moved), true);
    assertThat(files.files(en, ".md"))
        .containsExactly(moved.resolve("faq.md"), moved.resolve("start.md"));
    assertThat(read(files, moved.resolve("start.md"))).isEqualTo("moved");

    Files.writeString(guide.getParent().resolve("x.md"), "x");
    files.changedAll();
    assertThat(files.files(en, ".md")).hasSize(3);
  }

  @Test
  void filesOutsideTheWatchedFoldersAndEveryFileOfADirectLoadAreReadEachTime() throws Exception {
    Path watched = Files.createDirectories(dir.resolve("content"));
    Path other = Files.createDirectories(dir.resolve("i18n"));
    Path inside = Files.writeString(watched.resolve("a.md"), "1");
    Path outside = Files.writeString(other.resolve("en.yaml"), "1");
    WatchedFiles files = new WatchedFiles(List.of(watched));
    read(files, inside);
    read(files, outside);
    read(ProjectFiles.direct(), inside);
    assertThat(files.files(other)).containsExactly(outside);

    Files.writeString(inside, "2");
    Files.writeString(outside, "2");
    Path added = Files.writeString(other.resolve("fr.yaml"), "1");

    assertThat(read(files, outside)).isEqualTo("2");
    assertThat(files.files(other)).containsExactly(outside, added);
    assertThat(read(ProjectFiles.direct(), inside)).isEqualTo("2");
    assertThat(read(files, inside)).as("not reported changed").isEqualTo("1");
  }

  @Test
  void aLinkIsReadEachTime() throws Exception {
    Path watched = Files.createDirectories(dir.resolve("content"));
    Path target = Files.writeString(dir.resolve("elsewhere.md"), "1");
    Path link = Files.createSymbolicLink(watched.resolve("a.md"), target);
    WatchedFiles files = new WatchedFiles(List.of(watched));
    read(files, link);

    Files.writeString(target, "2");

    assertThat(read(files, link)).as("its target is not watched").isEqualTo("2");
  }

  @Test
  void aFileThatIsNotUtf8IsReportedEachTimeItIsRead() throws Exception {
    Path watched = Files.createDirectories(dir.resolve("content"));
    Path page = Files.write(watched.resolve("a.md"), new byte[] {'a', (byte) 0xff});
    WatchedFiles files = new WatchedFiles(List.of(watched));
    for (int i = 0; i < 2; i++) {
      Problems problems = new Problems();
      assertThat(files.readText(page, "content/a.md", problems)).isEmpty();
      assertThat(problems.list()).hasSize(1);
    }
  }
}
