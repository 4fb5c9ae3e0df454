package dev.folio.render;

import dev.folio.model.OutputFile;
import dev.folio.model.Problem;
import java.util.List;
import java.util.Optional;

/** A file a template rendered, or the problem that kept it from being rendered. */
public record RenderedFile(Optional<OutputFile> file, List<Problem> problems) {
  public RenderedFile {
    problems = List.copyOf(problems);
  }

  public static RenderedFile of(OutputFile file) {
    return new RenderedFile(Optional.of(file), List.of());
  }

  static RenderedFile failed(Problem problem) {
    return new RenderedFile(Optional.empty(), List.of(problem));
  }
}
