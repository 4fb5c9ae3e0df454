package dev.folio.load;

import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The parses of one load, each a task that reads a file's path and text and a context (what else
 * the parse reads: the configuration, the schemas' text, the extensions' embeds); their problems
 * are added to the load's.
 */
record Parses(TaskRunner tasks, Object context, Problems problems) {
  /** A file's parse: the value read (none if the file is broken) and the problems found. */
  record Parsed<T>(Optional<T> value, List<Problem> problems) {}

  /** The same parses in another context (a report's, whose pages know its extensions' embeds). */
  Parses in(Object other) {
    return new Parses(tasks, other, problems);
  }

  /** A file's value, or empty if it has any mistake (its problems are added to the load's). */
  <T> Optional<T> of(String kind, String path, String text, Function<Problems, Optional<T>> read) {
    return accept(parse(kind, path, text, read));
  }

  /**
   * A file's parse, its problems not yet added to the load's: parses may run on every core, and
   * {@link #accept} then adds their problems in the order of the files.
   */
  <T> Parsed<T> parse(String kind, String path, String text, Function<Problems, Optional<T>> read) {
    Supplier<Parsed<T>> parse =
        () -> {
          Problems found = new Problems();
          Optional<T> value = read.apply(found);
          return new Parsed<>(value, found.list());
        };
    return tasks.run(
        Task.of(Task.Boundary.PARSE, kind + " " + path, () -> Arrays.asList(text, context), parse));
  }

  /** A parse's value, or empty if it has any mistake (its problems are added to the load's). */
  <T> Optional<T> accept(Parsed<T> parsed) {
    parsed.problems().forEach(problems::add);
    // A file with mistakes did not load: the checks after loading judge only what did.
    boolean broken =
        parsed.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    return broken ? Optional.empty() : parsed.value();
  }
}
