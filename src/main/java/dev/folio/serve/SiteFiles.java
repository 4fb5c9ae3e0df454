package dev.folio.serve;

import dev.folio.model.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The files a {@link DevServer} serves, named by clean relative paths ({@code ""} for the root,
 * {@code zh/chips/index.html}): {@link #clean} has removed {@code .}, {@code ..} and empty segments
 * before a lookup, so a path can only name something inside the site.
 */
interface SiteFiles {
  /** The bytes of the file at {@code path}, or null if there is no such file. */
  byte[] file(String path) throws IOException;

  /** Whether {@code path} is a folder of the site. */
  boolean isFolder(String path);

  /**
   * {@code path} without empty, {@code .} and {@code ..} segments, or null if a {@code ..} would
   * leave the root: {@code a//./b/../c} is {@code a/c}, {@code a/../..} is null.
   */
  static String clean(String path) {
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        if (segments.pollLast() == null) {
          return null;
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    return String.join("/", segments);
  }

  /** A built site held in memory: swapped whole, it never changes under a request. */
  static SiteFiles of(List<OutputFile> files) {
    return new Memory(files);
  }

  /** The files of a folder as they are on disk when asked (browser tests of a built site). */
  static SiteFiles folder(Path root) {
    return new Folder(root.toAbsolutePath().normalize());
  }

  /**
   * A site in memory. A deferred file (a PDF edition, an image) is made when it is first requested,
   * not when the site is swapped in: {@code serve} makes only what a browser asks for.
   */
  final class Memory implements SiteFiles {
    private final Map<String, OutputFile> files = new HashMap<>();
    private final Set<String> folders = new HashSet<>();

    private Memory(List<OutputFile> outputs) {
      folders.add("");
      for (OutputFile output : outputs) {
        // The same rules as the site writer's: an output outside the site, or two at one path,
        // is a bug in Folio, not something to serve.
        String path = output.path().startsWith("/") ? null : clean(output.path());
        if (path == null || path.isEmpty()) {
          throw new IllegalStateException("output path outside the site: " + output.path());
        }
        if (files.put(path, output) != null) {
          throw new IllegalStateException("two output files at " + output.path());
        }
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
          folders.add(path.substring(0, slash));
        }
      }
      for (String folder : folders) {
        if (files.containsKey(folder)) {
          throw new IllegalStateException("two output files at " + folder);
        }
      }
    }

    @Override
    public byte[] file(String path) {
      OutputFile file = files.get(path);
      return file == null ? null : file.bytes();
    }

    @Override
    public boolean isFolder(String path) {
      return folders.contains(path);
    }
  }

  /**
   * A site whose pages are made and the rest not yet ({@code serve} sends its reload before it
   * makes the search index, the PDFs' documents, the images): a file that is not among the pages is
   * looked up once the whole site is given ({@link #settle}), which the request waits for.
   */
  final class Pending implements SiteFiles {
    private final SiteFiles pages;
    private final CompletableFuture<SiteFiles> whole = new CompletableFuture<>();
    private final CountDownLatch asked = new CountDownLatch(1);

    Pending(SiteFiles pages) {
      this.pages = pages;
    }

    /** Whether a file that is not among the pages is asked for within {@code millis}. */
    boolean asked(long millis) throws InterruptedException {
      return asked.await(millis, TimeUnit.MILLISECONDS);
    }

    private SiteFiles whole() {
      asked.countDown();
      return whole.join();
    }

    /** The whole site (or, if the build failed, the last good one; null for none). */
    void settle(SiteFiles site) {
      whole.complete(site == null ? EMPTY : site);
    }

    @Override
    public byte[] file(String path) throws IOException {
      byte[] page = pages.file(path);
      return page != null ? page : whole().file(path);
    }

    @Override
    public boolean isFolder(String path) {
      return pages.isFolder(path) || whole().isFolder(path);
    }
  }

  /** No file at all. */
  SiteFiles EMPTY = of(List.of());

  /** A folder on disk; a symbolic link must not lead out of it either. */
  final class Folder implements SiteFiles {
    private final Path root;

    private Folder(Path root) {
      this.root = root;
    }

    /** The real file or folder at {@code path}, or null if there is none inside the root. */
    private Path inside(String path) {
      Path file = root.resolve(path).normalize();
      try {
        return file.startsWith(root)
                && Files.exists(file)
                && file.toRealPath().startsWith(root.toRealPath())
            ? file
            : null;
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    @Override
    public byte[] file(String path) throws IOException {
      Path file = inside(path);
      if (file == null || !Files.isRegularFile(file)) {
        return null;
      }
      try {
        return Files.readAllBytes(file);
      } catch (NoSuchFileException gone) {
        return null;
      }
    }

    @Override
    public boolean isFolder(String path) {
      Path folder = inside(path);
      return folder != null && Files.isDirectory(folder);
    }
  }
}
