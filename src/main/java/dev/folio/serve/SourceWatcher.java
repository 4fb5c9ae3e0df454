package dev.folio.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches source folders (recursively, including folders created later) and calls back once per
 * burst of changes: an editor's save often touches a file several times.
 */
public final class SourceWatcher implements AutoCloseable {
  /**
   * How long a burst lasts at most between two of its changes: an editor's write, rename and chmod
   * come within a few milliseconds; every millisecond here is one the reader waits.
   */
  private static final long QUIET_MILLIS = 25;

  private final WatchService watcher;
  private final long quietMillis;

  /** Folders watched for some of their files only (the project's root for folio.yaml). */
  private final Map<WatchKey, Set<Path>> onlyFiles = new HashMap<>();

  /** Watches the folders that exist now, and every folder created in them later. */
  public SourceWatcher(List<Path> folders) throws IOException {
    this(folders, List.of(), QUIET_MILLIS);
  }

  /**
   * Watches folders as above, and single files in folders that are not watched as a whole (a change
   * to anything else there, such as the site being written, is no change).
   */
  public SourceWatcher(List<Path> folders, List<Path> files) throws IOException {
    this(folders, files, QUIET_MILLIS);
  }

  /** As above; a burst ends after {@code quietMillis} without a change (shorter in tests). */
  SourceWatcher(List<Path> folders, List<Path> files, long quietMillis) throws IOException {
    this.quietMillis = quietMillis;
    watcher = FileSystems.getDefault().newWatchService();
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        registerTree(folder);
      }
    }
    for (Path file : files) {
      WatchKey key =
          file.toAbsolutePath()
              .getParent()
              .register(
                  watcher,
                  StandardWatchEventKinds.ENTRY_CREATE,
                  StandardWatchEventKinds.ENTRY_MODIFY,
                  StandardWatchEventKinds.ENTRY_DELETE);
      onlyFiles.computeIfAbsent(key, k -> new HashSet<>()).add(file.getFileName());
    }
  }

  /**
   * Blocks, calling {@code onChange} after each burst of changes, until the thread is interrupted
   * (it then returns normally, the interrupt status set) or the watcher is closed. Stopping is the
   * normal way out of {@code folio serve}, not an error.
   */
  public void run(Runnable onChange) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        if (!drain(watcher.take())) {
          continue;
        }
        WatchKey more;
        while ((more = watcher.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        onChange.run();
      }
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException closed) {
      // Closed from another thread: stop watching.
    }
  }

  /** Takes a key's events; whether any of them is a change to a source. */
  private boolean drain(WatchKey key) {
    Path folder = (Path) key.watchable();
    Set<Path> only = onlyFiles.get(key);
    boolean changed = false;
    for (var event : key.pollEvents()) {
      if (only != null) {
        changed |= only.contains((Path) event.context());
        continue;
      }
      changed = true;
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
        try {
          watchFolder(folder.resolve((Path) event.context()));
        } catch (IOException ignored) {
          // It vanished again; nothing to watch.
        }
      }
    }
    key.reset();
    return changed;
  }

  /**
   * Registers a folder, then lists it and registers its subfolders the same way. In this order a
   * subfolder created meanwhile is either listed or reported as created; listing first could miss
   * one made between the listing and the registration (as {@code mkdir -p a/b/c} does).
   */
  private void registerTree(Path folder) throws IOException {
    register(folder);
    List<Path> children;
    try (Stream<Path> list = Files.list(folder)) {
      children = list.toList();
    }
    for (Path child : children) {
      watchFolder(child);
    }
  }

  /** A real folder is watched with all it holds; a link to a folder only itself (no cycles). */
  private void watchFolder(Path path) throws IOException {
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      registerTree(path);
    } else if (Files.isDirectory(path)) {
      register(path);
    }
  }

  private void register(Path folder) throws IOException {
    folder.register(
        watcher,
        StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
  }

  @Override
  public void close() throws IOException {
    watcher.close();
  }
}
