package dev.folio.load;

import dev.folio.model.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a load reads the project's pages, data and charts: straight from the disk ({@link #direct()},
 * every build but {@code serve}'s), or through the cache that {@code serve}'s session keeps with
 * its file watcher ({@code dev.folio.serve.WatchedFiles}), which overrides both reads.
 */
public class ProjectFiles {
  private static final ProjectFiles DIRECT = new ProjectFiles();

  protected ProjectFiles() {}

  /** Every file read from the disk, every folder listed again, each time. */
  public static ProjectFiles direct() {
    return DIRECT;
  }

  /**
   * The disk, with the pages under {@code content} read ahead on a thread of their own while a
   * build reads what comes before them: a build's, which reads each file once.
   */
  public static ProjectFiles readingAhead(Path content) {
    return ReadAhead.start(content);
  }

  /** A file's text, or empty (a problem added) if it is not UTF-8: {@link SourceFiles#readText}. */
  public Optional<String> readText(Path file, String path, Problems problems) {
    return SourceFiles.readText(file, path, problems);
  }

  /** The load is over: nothing more is read for it (what was read ahead is let go). */
  public void loaded() {}

  /** The files of a folder, sorted: {@link SourceFiles#files}. */
  public List<Path> files(Path folder, String... extensions) {
    return SourceFiles.files(folder, extensions);
  }
}
