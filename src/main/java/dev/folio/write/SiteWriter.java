package dev.folio.write;

import dev.folio.model.OutputFile;
import dev.folio.model.Parallel;
import dev.folio.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/** Writes a rendered site to its output folder, all or nothing. */
public final class SiteWriter {
  private SiteWriter() {}

  /**
   * Replaces {@code out} with exactly {@code files}. The files go to a sibling temporary folder
   * first; the old folder is moved aside and deleted only after the new one is in place.
   *
   * @throws OutputFile.Unmade if a streamed file could not be made: {@code out} is left as it was
   */
  public static void write(List<OutputFile> files, Path out) throws IOException {
    checkPaths(files);
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
    try {
      writeAll(files, staging);
      swap(staging, target);
    } finally {
      if (Files.exists(staging)) {
        deleteTree(staging);
      }
    }
  }

  /**
   * The files on every core, each with its folder: a large site is thousands of small files, most
   * in a folder of their own, and each write mostly waits for the file system. A streamed file that
   * cannot be made is skipped, and every such file's problems are thrown together, in the files'
   * order, once the others are written (the caller then leaves the site as it was).
   */
  private static void writeAll(List<OutputFile> files, Path folder) throws IOException {
    Map<String, List<Problem>> unmade = new ConcurrentSkipListMap<>();
    try {
      Parallel.forEach(
          files,
          file -> {
            try {
              Path path = folder.resolve(file.path());
              // Safe on several threads: a folder another one made meanwhile is no error.
              Files.createDirectories(path.getParent());
              try (OutputStream out = Files.newOutputStream(path)) {
                file.writeTo(out);
              }
            } catch (OutputFile.Unmade e) {
              unmade.put(file.path(), e.problems());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (!unmade.isEmpty()) {
      throw new OutputFile.Unmade(unmade.values().stream().flatMap(List::stream).toList());
    }
  }

  /** Two files at one path, or a path that escapes the folder, is a Folio bug: fail loudly. */
  private static void checkPaths(List<OutputFile> files) {
    Set<String> seen = new HashSet<>();
    for (OutputFile file : files) {
      String normal = file.path();
      if (!isPlain(normal)) {
        Path path = Path.of(normal).normalize();
        if (normal.isEmpty() || path.isAbsolute() || path.startsWith("..")) {
          throw new IllegalStateException("output path outside the site: " + file.path());
        }
        normal = path.toString();
      }
      if (!seen.add(normal)) {
        throw new IllegalStateException("two output files at " + file.path());
      }
    }
  }

  /**
   * Whether {@code path} is already relative and normal, as Folio's paths are: names between
   * slashes, none empty, {@code .} or {@code ..}, and nothing a file system could read otherwise (a
   * backslash, a drive's colon). Normalising the thousands of paths of a large site as paths took a
   * noticeable part of its write.
   */
  static boolean isPlain(String path) {
    int start = 0;
    for (int i = 0; i <= path.length(); i++) {
      char c = i < path.length() ? path.charAt(i) : '/';
      if (c == '\\' || c == ':') {
        return false;
      }
      if (c == '/') {
        int length = i - start;
        if (length == 0
            || length <= 2
                && path.charAt(start) == '.'
                && (length == 1 || path.charAt(i - 1) == '.')) {
          return false; // an empty name, "." or ".."
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static void swap(Path staging, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
      move(target, old);
    }
    try {
      move(staging, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
