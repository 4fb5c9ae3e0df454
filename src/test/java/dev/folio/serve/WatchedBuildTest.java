package dev.folio.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.Pipeline;
import dev.folio.memo.BuildSession;
import dev.folio.model.BaseUrl;
import dev.folio.model.ContentException;
import dev.folio.model.Problem;
import dev.folio.testing.SameBuild;
import dev.folio.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s builds read content/ through a cache that its watcher keeps up to date: after
 * each kind of edit, once the watcher has reported it, the build gives the bytes of a full build.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WatchedBuildTest {
  @TempDir Path dir;
  private Path project;
  private SourceWatcher watcher;
  private Thread thread;
  private Pipeline incremental;
  private final BlockingQueue<Set<Path>> reported = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws Exception {
    project = TestSites.prepare(dir.resolve("project"), "basic");
    Path content = project.resolve("content");
    // A quiet time that keeps each edit's events in one burst on a busy machine.
    watcher = new SourceWatcher(List.of(content), List.of(), 300);
    WatchedFiles files = new WatchedFiles(List.of(content));
    thread =
        new Thread(
            () ->
                watcher.run(
                    changes -> {
                      files.changed(changes.paths(), changes.structure());
                      reported.add(changes.paths());
                    }),
            "watcher");
    thread.setDaemon(true);
    thread.start();
    incremental =
        new Pipeline(project, BaseUrl.parse("/"), BuildSession.keeping()).readingThrough(files);
    same();
  }

  @AfterEach
  void stop() throws Exception {
    thread.interrupt();
    thread.join(2_000);
    watcher.close();
  }

  /** The incremental build gives a full build's bytes (or the problems of both, shown). */
  private void same() {
    try {
      SameBuild.assertSameAsFullBuild(project, incremental);
    } catch (ContentException e) {
      throw new AssertionError(
          e.problems().stream().map(Problem::format).collect(Collectors.joining("\n")), e);
    }
  }

  /** Waits until the watcher has reported every one of {@code paths} (so the cache knows). */
  private void awaitReport(Path... paths) throws InterruptedException {
    Set<Path> waiting = new HashSet<>();
    for (Path path : paths) {
      waiting.add(path.toAbsolutePath());
    }
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!waiting.isEmpty() && System.nanoTime() < end) {
      Set<Path> burst = reported.poll(100, TimeUnit.MILLISECONDS);
      if (burst != null) {
        waiting.removeAll(burst);
      }
    }
    assertThat(waiting).as("changes the watcher did not report").isEmpty();
  }

  private void edit(String file, String from, String to) throws Exception {
    reported.clear();
    Path path = project.resolve(file);
    String text = Files.readString(path);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to));
    awaitReport(path);
  }

  @Test
  void aPagesTextEditedTwiceWithinTheSameLengthBuildsAsAFullBuild() throws Exception {
    edit("content/en/models.md", "| a | 1 |", "| b | 1 |");
    same();
    edit("content/en/models.md", "| b | 1 |", "| c | 1 |");
    same();
  }

  @Test
  void aDataFileAndATitle() throws Exception {
    edit("content/data/models.yaml", "en: Model table", "en: Table of models");
    same();
    edit("content/en/models.md", "title: Models", "title: The models");
    same();
  }

  @Test
  void pagesAddedAndDeletedAndAFolderOfPagesRenamed() throws Exception {
    reported.clear();
    Path added = project.resolve("content/en/guide/more.md");
    Path zh = project.resolve("content/zh/guide/more.md");
    Files.writeString(zh, "---\ntitle: 更多\norder: 90\n---\n更多。\n");
    Files.writeString(added, "---\ntitle: More\norder: 90\n---\nMore text.\n");
    awaitReport(added, zh);
    same();

    reported.clear();
    Files.delete(zh);
    Files.delete(added);
    awaitReport(added, zh);
    same();

    reported.clear();
    for (String lang : List.of("en", "zh")) {
      Path guide = project.resolve("content/" + lang + "/guide");
      Files.move(guide, guide.resolveSibling("help"));
    }
    awaitReport(project.resolve("content/en/guide"), project.resolve("content/zh/guide"));
    same();
    // A page of the renamed folder, edited: reported (and read again) at its new path.
    edit("content/zh/help/start.md", "description: 一个栏目", "description: 这个栏目");
    same();
  }
}
