package dev.folio.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches source folders (recursively, including folders created later) and calls back once
 * per burst of changes: an editor's save often touches a file several times.
 */
public final class SourceWatcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 150;

  private final WatchService watcher;

  public SourceWatcher(List<Path> folders) throws IOException {
    watcher = FileSystems.getDefault().newWatchService();
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        registerTree(folder);
      }
    }
  }

  /** Blocks, calling {@code onChange} after each burst of changes, until interrupted. */
  public void run(Runnable onChange) throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      WatchKey key = watcher.take();
      drain(key);
      WatchKey more;
      while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
        drain(more);
      }
      onChange.run();
    }
  }

  private void drain(WatchKey key) {
    Path folder = (Path) key.watchable();
    for (var event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
        Path created = folder.resolve((Path) event.context());
        if (Files.isDirectory(created)) {
          try {
            registerTree(created);
          } catch (IOException ignored) {
            // It vanished again; nothing to watch.
          }
        }
      }
    }
    key.reset();
  }

  private void registerTree(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path dir : walk.filter(Files::isDirectory).toList()) {
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  @Override
  public void close() throws IOException {
    watcher.close();
  }
}
