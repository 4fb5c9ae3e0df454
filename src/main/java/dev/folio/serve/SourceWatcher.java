package dev.folio.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches source folders (recursively, including folders created later, and the source folders
 * themselves when they are created after the watch started) and single files, and calls back once
 * per burst of changes, with what changed: an editor's save often touches a file several times.
 */
public final class SourceWatcher implements AutoCloseable {
  /**
   * How long a burst lasts at most between two of its changes: an editor's truncate and write, or
   * its write and rename, come within a millisecond; every millisecond here is one the reader
   * waits. A save slower than this is caught by {@link #pending()}: the build that read it half
   * written is followed by another at once.
   */
  private static final long QUIET_MILLIS = 5;

  /**
   * What changed in one burst.
   *
   * @param paths the files and folders created, changed or deleted (absolute)
   * @param structure whether a file or folder was created, deleted or renamed: the lists of folders
   *     may have changed, not only the text of files
   * @param lost whether events were lost (the system's queue overflowed): anything may have changed
   */
  public record Changes(Set<Path> paths, boolean structure, boolean lost) {
    public Changes {
      paths = Set.copyOf(paths);
    }
  }

  private static final WatchEvent.Kind<?>[] KINDS = {
    StandardWatchEventKinds.ENTRY_CREATE,
    StandardWatchEventKinds.ENTRY_MODIFY,
    StandardWatchEventKinds.ENTRY_DELETE
  };

  private final WatchService watcher;
  private final long quietMillis;

  /** Whether {@link #pending()} found a change: the next burst has begun. */
  private boolean begun;

  /** The burst being gathered: see {@link Changes}. */
  private Set<Path> paths = new LinkedHashSet<>();

  private boolean structure;
  private boolean lost;

  /**
   * What a folder watched for some of its entries only counts (the project's root, for folio.yaml
   * and for source folders that may be created later): changes to these files, and these folders
   * appearing (then watched whole) or going. A change to anything else there, such as the site
   * being written, is no change.
   */
  private record Some(Set<Path> files, Set<Path> folders) {}

  private final Map<WatchKey, Some> some = new HashMap<>();

  /** Folders watched whole: a key may be both when a watched folder holds another one. */
  private final Set<WatchKey> whole = new HashSet<>();

  /**
   * The keys of the folders watched whole, by the path they were registered at. A folder renamed
   * keeps its key, which would go on naming the old path: its key is cancelled when it goes, so
   * that it is registered afresh at its new path (and the changes in it name their real paths).
   */
  private final Map<Path, WatchKey> registered = new HashMap<>();

  /**
   * Watches the folders that exist now, those of them created later (their parent folder is watched
   * for them), and every folder created in them later.
   */
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
      Path absolute = folder.toAbsolutePath();
      // The parent first, then the folder: one created in between is seen either way.
      if (absolute.getParent() != null && Files.isDirectory(absolute.getParent())) {
        someOf(absolute.getParent()).folders().add(absolute.getFileName());
      }
      if (Files.isDirectory(absolute)) {
        registerTree(absolute);
      }
    }
    for (Path file : files) {
      Path absolute = file.toAbsolutePath();
      someOf(absolute.getParent()).files().add(absolute.getFileName());
    }
  }

  /** What {@code folder} is watched for, registering it for some of its entries if need be. */
  private Some someOf(Path folder) throws IOException {
    WatchKey key = folder.register(watcher, KINDS);
    return some.computeIfAbsent(key, k -> new Some(new HashSet<>(), new HashSet<>()));
  }

  /**
   * Blocks, calling {@code onChange} with what changed after each burst of changes, until the
   * thread is interrupted (it then returns normally, the interrupt status set) or the watcher is
   * closed. Stopping is the normal way out of {@code folio serve}, not an error.
   */
  public void run(Consumer<Changes> onChange) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        if (!begun && !drain(watcher.take())) {
          continue;
        }
        begun = false;
        WatchKey more;
        while ((more = watcher.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        Changes changes = new Changes(paths, structure, lost);
        paths = new LinkedHashSet<>();
        structure = false;
        lost = false;
        onChange.accept(changes);
      }
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException closed) {
      // Closed from another thread: stop watching.
    }
  }

  /**
   * Whether a change to a source has come since the last burst was called back (and is not yet):
   * for that callback, on the thread that runs the watcher, to tell a build that read a file
   * half-written. Waits for nothing; the change is called back as the next burst.
   */
  public boolean pending() {
    try {
      WatchKey key;
      while (!begun && (key = watcher.poll()) != null) {
        begun = drain(key);
      }
      return begun;
    } catch (ClosedWatchServiceException closed) {
      return false;
    }
  }

  /** Takes a key's events; whether any of them is a change to a source. */
  private boolean drain(WatchKey key) {
    Path folder = (Path) key.watchable();
    Some only = whole.contains(key) ? null : some.get(key);
    boolean changed = false;
    for (var event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        // Events were lost: build again, and watch whatever was created meanwhile.
        changed = true;
        lost = true;
        watchAgain(folder, only);
        continue;
      }
      Path name = (Path) event.context();
      if (only != null && !only.folders().contains(name)) {
        if (only.files().contains(name)) {
          changed = true;
          note(folder.resolve(name), event.kind());
        }
        continue;
      }
      if (only != null && event.kind() == StandardWatchEventKinds.ENTRY_MODIFY) {
        // A watched folder's own attributes; what it holds is watched on its own.
        continue;
      }
      changed = true;
      note(folder.resolve(name), event.kind());
      if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
        forget(folder.resolve(name));
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
        try {
          watchFolder(folder.resolve(name));
        } catch (IOException ignored) {
          // It vanished again; nothing to watch.
        }
      }
    }
    if (!key.reset()) {
      // The folder is gone; it is registered again if it comes back.
      whole.remove(key);
      some.remove(key);
      registered.values().remove(key);
    }
    return changed;
  }

  /** Adds a change to the burst's. */
  private void note(Path path, WatchEvent.Kind<?> kind) {
    paths.add(path);
    structure |= kind != StandardWatchEventKinds.ENTRY_MODIFY;
  }

  /** After lost events: {@code folder}'s watched folders, or all it holds, watched again. */
  private void watchAgain(Path folder, Some only) {
    try {
      if (only == null) {
        registerTree(folder);
      } else {
        for (Path name : only.folders()) {
          watchFolder(folder.resolve(name));
        }
      }
    } catch (IOException ignored) {
      // Gone meanwhile; nothing to watch.
    }
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
    WatchKey key = folder.register(watcher, KINDS);
    whole.add(key);
    registered.put(folder, key);
  }

  /** A path deleted or renamed: the folders watched there (if it was one) are watched no more. */
  private void forget(Path gone) {
    var entries = registered.entrySet().iterator();
    while (entries.hasNext()) {
      var entry = entries.next();
      if (entry.getKey().startsWith(gone)) {
        entry.getValue().cancel();
        whole.remove(entry.getValue());
        some.remove(entry.getValue());
        entries.remove();
      }
    }
  }

  @Override
  public void close() throws IOException {
    watcher.close();
  }
}
