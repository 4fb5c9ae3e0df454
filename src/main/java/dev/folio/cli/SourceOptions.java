package dev.folio.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --source DIR}, shared by the commands that read content. */
final class SourceOptions {
  @Option(
      names = "--source",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Project folder with content/, schemas/ and templates/ (default: .)")
  Path source;
}
