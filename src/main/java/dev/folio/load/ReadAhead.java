package dev.folio.load;

import dev.folio.model.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A build's reads from the disk, with the pages read ahead: a thread of its own reads the pages'
 * files while the build does what comes before them (folio.yaml, the schemas, the data tables), on
 * one core while the other is mostly idle. When the pages are listed, it stops; the pages' own
 * reading, on every core, then finds the first of them read. A file it could not read is read again
 * by the page, which reports it: the problems, like the texts, are the disk's.
 */
final class ReadAhead extends ProjectFiles {
  private final Path content;
  private final Map<Path, String> texts = new ConcurrentHashMap<>();

  /** Set when the pages are listed: their own reading begins, and this stops. */
  private volatile boolean listed;

  private ReadAhead(Path content) {
    this.content = content;
  }

  /** Starts reading the pages of {@code content} ahead. */
  static ReadAhead start(Path content) {
    ReadAhead ahead = new ReadAhead(content);
    Thread thread = new Thread(ahead::read, "folio-read-ahead");
    thread.setDaemon(true);
    thread.start();
    return ahead;
  }

  private void read() {
    try {
      for (Path file : SourceFiles.files(content, ".md")) {
        if (listed) {
          return;
        }
        SourceFiles.readText(file, "", new Problems()).ifPresent(text -> texts.put(file, text));
      }
    } catch (RuntimeException | OutOfMemoryError e) {
      // Whatever failed here fails again, and is reported, where the page reads it (a thread's
      // uncaught failure would print a Java stack trace).
    }
  }

  /** How many files are read and waiting for their page. */
  int waiting() {
    return texts.size();
  }

  @Override
  public Optional<String> readText(Path file, String path, Problems problems) {
    String text = texts.remove(file);
    return text != null ? Optional.of(text) : super.readText(file, path, problems);
  }

  @Override
  public void loaded() {
    listed = true;
    texts.clear();
  }

  @Override
  public List<Path> files(Path folder, String... extensions) {
    if (List.of(extensions).contains(".md")) {
      listed = true;
    }
    return super.files(folder, extensions);
  }
}
