package dev.folio.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watcher behind {@code folio serve}: one callback per burst of changes, new folders too. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SourceWatcherTest {
  /** Long enough for a callback to arrive on a slow machine; a test waits this only on failure. */
  private static final long ARRIVES_WITHIN_MS = 5_000;

  /**
   * The quiet time that ends a burst in the tests (the real one, a few milliseconds, is too short
   * to keep a burst together on a busy machine; serve then builds again). It is what makes "only
   * one callback" hold: on a busy 2-core machine a burst's events (a folder tree created, then
   * registered) can spread over more than 100 ms, so it is kept well above.
   */
  private static final long QUIET_MS = 300;

  private long noMoreWithinMs = 4 * QUIET_MS;

  @TempDir Path dir;

  private final Semaphore callbacks = new Semaphore(0);
  private final BlockingQueue<SourceWatcher.Changes> changes = new LinkedBlockingQueue<>();
  private SourceWatcher watcher;
  private Thread thread;

  private void watch(Path... folders) throws IOException {
    watch(new SourceWatcher(List.of(folders), List.of(), QUIET_MS));
  }

  private void watch(SourceWatcher watcher) {
    watch(watcher, burst -> {});
  }

  /** Watches, running {@code then} in each callback after it is counted. */
  private void watch(SourceWatcher watcher, Consumer<SourceWatcher.Changes> then) {
    this.watcher = watcher;
    thread =
        new Thread(
            () ->
                watcher.run(
                    burst -> {
                      changes.add(burst);
                      callbacks.release();
                      then.accept(burst);
                    }),
            "source-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (thread != null) {
      thread.interrupt();
      thread.join(2_000);
    }
    if (watcher != null) {
      watcher.close();
    }
    assertThat(thread == null || !thread.isAlive())
        .as("the watcher stops when interrupted")
        .isTrue();
  }

  private void expectACallback(String why) throws InterruptedException {
    assertThat(callbacks.tryAcquire(ARRIVES_WITHIN_MS, TimeUnit.MILLISECONDS))
        .as("a callback after %s", why)
        .isTrue();
  }

  private void expectOneCallback(String why) throws InterruptedException {
    expectACallback(why);
    assertThat(callbacks.tryAcquire(noMoreWithinMs, TimeUnit.MILLISECONDS))
        .as("only one callback after %s", why)
        .isFalse();
  }

  @Test
  void severalQuickChangesToAFileCallBackOnceAndTheNextBurstAgain() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content/en"));
    Path page = Files.writeString(content.resolve("chips.md"), "one");
    watch(content.getParent());

    // An editor's save: write, truncate, write again, touch.
    for (int i = 0; i < 5; i++) {
      Files.writeString(page, "version " + i);
    }
    expectOneCallback("five quick writes");
    assertThat(changes.take())
        .as("what the burst changed")
        .isEqualTo(new SourceWatcher.Changes(Set.of(page.toAbsolutePath()), false, false));

    Files.writeString(page, "later");
    expectACallback("a later write");
  }

  @Test
  void theChangesOfABurstNameTheFilesAndFoldersCreatedChangedOrDeleted() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content/en"));
    Path page = Files.writeString(content.resolve("chips.md"), "one");
    watch(content.getParent());

    Files.writeString(page, "two");
    expectOneCallback("a write");
    assertThat(changes.take().structure()).as("a write changes no folder").isFalse();

    Path added = content.resolve("cloud.md");
    Files.writeString(added, "new");
    Files.delete(page);
    expectOneCallback("a file added and one deleted");
    assertThat(changes.take())
        .isEqualTo(
            new SourceWatcher.Changes(
                Set.of(added.toAbsolutePath(), page.toAbsolutePath()), true, false));
  }

  /**
   * The real quiet time is a few milliseconds, so a slow save may be called back half-way; the
   * callback (a build) can then tell, and the rest of the save is called back as the next burst.
   */
  @Test
  void aCallbackSeesAChangeThatCameDuringItAndTheNextBurstHasIt() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Path first = content.resolve("first.md");
    Path second = content.resolve("second.md");
    Files.writeString(first, "1");
    Files.writeString(second, "2");
    BlockingQueue<Boolean> pending = new LinkedBlockingQueue<>();
    watch(
        new SourceWatcher(List.of(content), List.of(), QUIET_MS),
        burst -> {
          if (burst.paths().contains(first.toAbsolutePath())) {
            try {
              Files.writeString(second, "changed during the callback");
              // The event reaches the watch service on a thread of its own.
              long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ARRIVES_WITHIN_MS);
              boolean seen = watcher.pending();
              while (!seen && System.nanoTime() < end) {
                Thread.sleep(10);
                seen = watcher.pending();
              }
              pending.add(seen && watcher.pending());
            } catch (IOException | InterruptedException e) {
              pending.add(false);
            }
          }
        });
    Files.writeString(first, "changed");
    expectACallback("a write");
    assertThat(changes.take().paths()).containsExactly(first.toAbsolutePath());
    assertThat(pending.poll(ARRIVES_WITHIN_MS, TimeUnit.MILLISECONDS))
        .as("the callback saw the change made during it, and asking again says so again")
        .isTrue();
    expectOneCallback("the change made during the callback");
    assertThat(changes.take().paths()).containsExactly(second.toAbsolutePath());
  }

  @Test
  void changesOutsideTheWatchedFoldersAreIgnored() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Path site = Files.createDirectories(dir.resolve("site"));
    watch(content);

    Files.writeString(site.resolve("index.html"), "built");
    Files.writeString(dir.resolve("README.md"), "notes");
    assertThat(callbacks.tryAcquire(noMoreWithinMs, TimeUnit.MILLISECONDS)).isFalse();

    Files.writeString(content.resolve("a.md"), "a");
    expectACallback("a new file in a watched folder");
  }

  @Test
  void aFolderCreatedWhileWatchingIsWatchedToo() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Path templates = Files.createDirectories(dir.resolve("templates"));
    watch(content, templates, dir.resolve("does-not-exist-yet"));

    Path nested = Files.createDirectories(content.resolve("fr/guide/deep"));
    expectOneCallback("creating folders");

    Files.writeString(nested.resolve("page.md"), "bonjour");
    expectOneCallback("a file in a folder created after the watch started");

    Files.writeString(templates.resolve("page.ftlh"), "<p>");
    expectACallback("a template change in a second watched folder");
  }

  /**
   * Issue 22: serve watched only the source folders that existed when it started, so a static/ or
   * templates/ created later stayed unseen, and so did everything put in it.
   */
  @Test
  void aWatchedFolderCreatedAfterTheWatchStartedIsWatchedWithWhatItHolds() throws Exception {
    Files.createDirectories(dir.resolve("content"));
    Path statics = dir.resolve("static");
    watch(new SourceWatcher(List.of(dir.resolve("content"), statics), List.of(), QUIET_MS));

    long start = System.nanoTime();
    Files.writeString(Files.createDirectories(statics.resolve("files")).resolve("x.txt"), "x");
    expectACallback("static/ created with a file in a folder of it");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
        .as("milliseconds from the file to the callback (the quiet time is %d)", QUIET_MS)
        .isLessThan(1_000);
    assertThat(callbacks.tryAcquire(noMoreWithinMs, TimeUnit.MILLISECONDS))
        .as("one callback for the burst")
        .isFalse();

    Files.writeString(statics.resolve("files/x.txt"), "changed");
    expectOneCallback("a file changed in a folder of the new static/");
    Files.writeString(statics.resolve("y.txt"), "y");
    expectOneCallback("a file added to the new static/");

    // The project's root is watched for its source folders only.
    Files.writeString(dir.resolve("notes.txt"), "not a source");
    Files.createDirectories(dir.resolve("site/en"));
    assertThat(callbacks.tryAcquire(noMoreWithinMs, TimeUnit.MILLISECONDS)).isFalse();
  }

  @Test
  void aWatchedFolderDeletedAndCreatedAgainIsWatchedAgain() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("page.ftlh"), "<p>");
    watch(templates);

    TestSites.deleteTree(templates);
    expectOneCallback("templates/ deleted");
    Files.createDirectories(templates);
    expectOneCallback("templates/ created again");
    Files.writeString(templates.resolve("page.ftlh"), "<div>");
    expectACallback("a template written in the new templates/");
  }

  @Test
  void deletingAndRenamingFilesCountAsChanges() throws Exception {
    Path data = Files.createDirectories(dir.resolve("content/data"));
    Path file = Files.writeString(data.resolve("t.yaml"), "a: 1");
    watch(dir.resolve("content"));

    // Editors that save atomically write a temporary file and rename it over the original.
    Path temp = Files.writeString(data.resolve(".t.yaml.swp"), "a: 2");
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    expectOneCallback("an atomic save");

    Files.delete(file);
    expectACallback("a deletion");
  }

  @Test
  void aChangeInARenamedFolderNamesItsNewPath() throws Exception {
    Path guide = Files.createDirectories(dir.resolve("content/en/guide"));
    Files.writeString(guide.resolve("start.md"), "start");
    watch(dir.resolve("content"));

    Path help = Files.move(guide, guide.resolveSibling("help"));
    expectOneCallback("a folder renamed");
    assertThat(changes.take().paths())
        .containsExactlyInAnyOrder(guide.toAbsolutePath(), help.toAbsolutePath());

    Files.writeString(help.resolve("start.md"), "edited");
    expectOneCallback("a file of the renamed folder written");
    assertThat(changes.take().paths()).containsExactly(help.resolve("start.md").toAbsolutePath());
  }

  @Test
  void closingTheWatcherEndsItsRunToo() throws Exception {
    Files.createDirectories(dir.resolve("content"));
    watch(dir.resolve("content"));
    Thread running = thread;
    thread = null;

    watcher.close();
    running.join(2_000);

    assertThat(running.isAlive()).isFalse();
  }
}
