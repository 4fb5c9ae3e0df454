package dev.folio.serve;

import dev.folio.load.ProjectFiles;
import dev.folio.model.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@code serve} keeps of the project's files between builds, beside its build session: the
 * files under the watched folders, read once and kept until its file watcher reports them changed.
 * A rebuild after a one-page edit then reads that page, not the thousands that did not change, and
 * parses each unchanged file's text as the same instance, which the build session compares by
 * identity.
 *
 * <p>It is right only if every change to what it holds is reported ({@link #changed}) before the
 * next load starts: the watcher must watch the folders it caches (and be watching before the first
 * load), and call back with every change before each rebuild. A change reported while a load runs
 * may or may not be seen by it; the rebuild that follows sees it.
 */
public final class WatchedFiles extends ProjectFiles {
  private final List<Path> folders;
  private final Map<Path, String> texts = new ConcurrentHashMap<>();
  private final Map<List<Object>, List<Path>> listings = new ConcurrentHashMap<>();

  /**
   * Changes reported so far. What was read while a change was reported may be the file before it,
   * and is not kept: else the rebuild that the change starts would read it from here.
   */
  private final AtomicLong changes = new AtomicLong();

  /** A cache of the files under {@code folders} (others are read from the disk each time). */
  public WatchedFiles(List<Path> folders) {
    this.folders = folders.stream().map(folder -> folder.toAbsolutePath().normalize()).toList();
  }

  /** Whether a file is watched: under a watched folder, and no link (its target may not be). */
  private boolean watches(Path absolute) {
    return folders.stream().anyMatch(absolute::startsWith);
  }

  @Override
  public Optional<String> readText(Path file, String path, Problems problems) {
    Path absolute = file.toAbsolutePath().normalize();
    String kept = texts.get(absolute);
    if (kept != null) {
      return Optional.of(kept);
    }
    long before = changes.get();
    Optional<String> text = super.readText(file, path, problems);
    // A link's target may be outside the watched folders: it is read each time.
    if (text.isPresent() && watches(absolute) && !Files.isSymbolicLink(absolute)) {
      keep(before, () -> texts.put(absolute, text.get()));
    }
    return text;
  }

  @Override
  public List<Path> files(Path folder, String... extensions) {
    Path absolute = folder.toAbsolutePath().normalize();
    if (!watches(absolute)) {
      return super.files(folder, extensions);
    }
    List<Object> key = List.of(folder, List.of(extensions));
    List<Path> kept = listings.get(key);
    if (kept != null) {
      return kept;
    }
    long before = changes.get();
    List<Path> listed = super.files(folder, extensions);
    keep(before, () -> listings.put(key, listed));
    return listed;
  }

  /** Keeps what was read if no change was reported since {@code before}, as one step. */
  private synchronized void keep(long before, Runnable put) {
    if (changes.get() == before) {
      put.run();
    }
  }

  /**
   * Files and folders were created, changed or deleted ({@code structure}: some created, deleted or
   * renamed; else only their text changed).
   */
  public synchronized void changed(Collection<Path> paths, boolean structure) {
    changes.incrementAndGet();
    if (structure) {
      // A folder created, deleted or renamed: whatever was under it goes too.
      listings.clear();
      for (Path path : paths) {
        Path absolute = path.toAbsolutePath().normalize();
        texts.keySet().removeIf(file -> file.startsWith(absolute));
      }
    } else {
      paths.forEach(path -> texts.remove(path.toAbsolutePath().normalize()));
    }
  }

  /** Anything may have changed (a watcher lost events): everything is read again. */
  public synchronized void changedAll() {
    changes.incrementAndGet();
    listings.clear();
    texts.clear();
  }
}
