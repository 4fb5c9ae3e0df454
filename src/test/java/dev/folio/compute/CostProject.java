package dev.folio.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A copy of the real project in a temporary folder, for breaking its cost data on purpose. */
public final class CostProject {
  private final Path root;

  private CostProject(Path root) {
    this.root = root;
  }

  /** Copies content/, schemas/ and templates/ of the repository into {@code dir}. */
  public static CostProject copyInto(Path dir) {
    Path project = Folio.projectDir();
    for (String folder : List.of("content", "schemas", "templates")) {
      TestSites.copyTree(project.resolve(folder), dir.resolve(folder));
    }
    return new CostProject(dir);
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
      assertThat(text.indexOf(from, at + 1)).as("a second \"" + from + "\" in " + file).isNegative();
      Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()),
          StandardCharsets.UTF_8);
      int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
      int column = at - text.lastIndexOf('\n', at - 1);
      return file + ":" + line + ":" + column;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
