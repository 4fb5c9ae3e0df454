package dev.folio.output;

import dev.folio.model.OutputFile;
import dev.folio.model.Problem;
import dev.folio.model.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A project's {@code static/} folder: images, PDFs, a favicon, copied to the site's root as they
 * are ({@code static/report.pdf} is {@code site/report.pdf}).
 */
public final class StaticFiles {
  static final String FOLDER = "static";

  private StaticFiles() {}

  /**
   * {@code static/} as it is, where it does not collide with what Folio writes: a file that would
   * replace one of {@code written} is a problem.
   */
  public static Output render(Path source, List<OutputFile> written) {
    return render(files(source), written);
  }

  /** As {@link #render(Path, List)}, of the files {@link #files} read. */
  public static Output render(List<OutputFile> statics, List<OutputFile> written) {
    Set<String> paths = new HashSet<>();
    written.forEach(file -> paths.add(file.path()));
    List<OutputFile> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (OutputFile file : statics) {
      if (paths.contains(file.path())) {
        problems.add(
            Problem.at(
                SourcePos.file(FOLDER + "/" + file.path()),
                "static/"
                    + file.path()
                    + " would replace the "
                    + file.path()
                    + " that Folio writes",
                file.path().startsWith("assets/")
                    ? "to replace a theme asset, put it in" + " templates/" + file.path()
                    : "rename or move it"));
      } else {
        files.add(file);
      }
    }
    return new Output(files, problems);
  }

  /** Every file under {@code static/}, by its path in the site; none without the folder. */
  public static List<OutputFile> files(Path source) {
    Path folder = source.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      List<OutputFile> files = new ArrayList<>();
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.add(
            new OutputFile(
                folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file)));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
