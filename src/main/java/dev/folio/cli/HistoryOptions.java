package dev.folio.cli;

import dev.folio.Pipeline;
import picocli.CommandLine.Option;

/** {@code --no-history}, shared by the commands that build. */
final class HistoryOptions {
  @Option(
      names = "--no-history",
      description =
          "Read no git history: no revisions since publication, no Changes pages, no"
              + " translation warnings (a shallow clone then builds)")
  boolean noHistory;

  /** {@code pipeline}, without history if asked. */
  Pipeline apply(Pipeline pipeline) {
    return noHistory ? pipeline.withoutHistory() : pipeline;
  }
}
