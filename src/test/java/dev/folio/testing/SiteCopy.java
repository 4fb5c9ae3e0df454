package dev.folio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fixture laid out in a temporary folder, for changing or breaking its files on purpose. */
public final class SiteCopy {
  private final Path root;

  private SiteCopy(Path root) {
    this.root = root;
  }

  /** Lays out fixture {@code name} of {@code src/test/resources/sites/} in {@code dir}. */
  public static SiteCopy of(String name, Path dir) {
    return new SiteCopy(TestSites.prepare(dir, name));
  }

  /** The frozen copy of the report that the tool's tests use ({@code sites/report}). */
  public static SiteCopy report(Path dir) {
    return of("report", dir);
  }

  public Path root() {
    return root;
  }

  /**
   * Replaces the one occurrence of {@code from} in {@code file} (relative to the project) and
   * returns the {@code path:line:column} of the replacement's first character.
   */
  public String replace(String file, String from, String to) {
    try {
      Path path = root.resolve(file);
      String text = Files.readString(path, StandardCharsets.UTF_8);
      int at = text.indexOf(from);
      assertThat(at).as("\"" + from + "\" in " + file).isNotNegative();
      assertThat(text.indexOf(from, at + 1))
          .as("a second \"" + from + "\" in " + file)
          .isNegative();
      Files.writeString(
          path,
          text.substring(0, at) + to + text.substring(at + from.length()),
          StandardCharsets.UTF_8);
      int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
      int column = at - text.lastIndexOf('\n', at - 1);
      return file + ":" + line + ":" + column;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of one of the default theme's templates ({@code page.ftlh}), to override it. */
  public static String builtInTemplate(String name) throws IOException {
    try (InputStream in =
        SiteCopy.class.getResourceAsStream("/dev/folio/theme/templates/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
