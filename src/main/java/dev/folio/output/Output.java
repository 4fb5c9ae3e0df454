package dev.folio.output;

import dev.folio.model.OutputFile;
import dev.folio.model.Problem;
import dev.folio.render.RenderedFile;
import java.util.ArrayList;
import java.util.List;

/** What one kind of output adds to the site: its files, and the problems that kept any out. */
public record Output(List<OutputFile> files, List<Problem> problems) {
  public Output {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  /** No files and no problems. */
  public static Output none() {
    return new Output(List.of(), List.of());
  }

  static Output of(List<OutputFile> files) {
    return new Output(files, List.of());
  }

  /** The files templates rendered, and their problems. */
  static Output rendered(List<RenderedFile> rendered) {
    List<OutputFile> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (RenderedFile one : rendered) {
      one.file().ifPresent(files::add);
      problems.addAll(one.problems());
    }
    return new Output(files, problems);
  }
}
