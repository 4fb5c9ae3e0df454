package dev.folio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Source folders for tests: a fixture from {@code src/test/resources/sites/NAME}, a whole project
 * that Folio's built-in theme renders, optionally with a broken overlay from {@code
 * src/test/resources/invalid/CASE}. A fixture holds its own content (never the report's {@code
 * content/}): {@code basic} is a small site, {@code report} a frozen copy of the report.
 *
 * <p>Overlay conventions: {@code FILE.delete} deletes FILE; {@code FILE.append} appends to it;
 * {@code expected.txt} holds the whole error output the case must give and is not copied.
 */
public final class TestSites {
  private TestSites() {}

  public static Path resources() {
    return Folio.projectDir().resolve("src/test/resources");
  }

  /** Lays out fixture {@code name} in {@code dir}, ready to build. */
  public static Path prepare(Path dir, String name) {
    copyTree(resources().resolve("sites").resolve(name), dir);
    return dir;
  }

  /** Applies the overlay {@code invalid/CASE} to a prepared folder. */
  public static void overlay(Path dir, String invalidCase) {
    apply(dir, resources().resolve("invalid").resolve(invalidCase));
  }

  /** Applies an overlay folder (see the conventions above) to a prepared folder. */
  public static void apply(Path dir, Path overlay) {
    try (Stream<Path> walk = Files.walk(overlay)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String relative = overlay.relativize(file).toString();
        if (relative.equals("expected.txt")) {
          continue;
        }
        if (relative.endsWith(".delete")) {
          Files.delete(dir.resolve(relative.substring(0, relative.length() - ".delete".length())));
        } else if (relative.endsWith(".append")) {
          Files.write(
              dir.resolve(relative.substring(0, relative.length() - ".append".length())),
              Files.readAllBytes(file),
              StandardOpenOption.APPEND);
        } else {
          copy(file, dir.resolve(relative));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        copy(file, to.resolve(from.relativize(file).toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
