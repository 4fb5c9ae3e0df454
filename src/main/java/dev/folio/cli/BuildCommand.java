package dev.folio.cli;

import dev.folio.Pipeline;
import dev.folio.model.BaseUrl;
import dev.folio.model.ContentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Builds the site. The output folder is replaced only if the build succeeds.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions source;
  @Mixin HistoryOptions history;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "site",
      description = "Output folder (default: site)")
  Path out;

  @Option(
      names = "--base-url",
      paramLabel = "PATH",
      description =
          "Where the site is published: a path such as /repo-name/, or a full URL"
              + " such as https://owner.github.io/repo-name/ (then canonical links and the sitemap"
              + " are absolute). Default: folio.yaml's baseUrl, else /")
  String baseUrl;

  /**
   * The output folder is replaced whole, so it must be a site: never the project, a folder holding
   * it, a file, or a folder of something else (a mistyped --out must not delete work).
   */
  private void refuseToReplaceSomethingElse(Path target) throws IOException {
    Path out = target.toAbsolutePath().normalize();
    Path project = source.source.toAbsolutePath().normalize();
    String why = null;
    if (project.startsWith(out)) {
      why = "it holds the project itself";
    } else if (Files.exists(out) && !Files.isDirectory(out)) {
      why = "it is a file, not a folder";
    } else if (Files.isDirectory(out) && !Files.exists(out.resolve("index.html"))) {
      try (var entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          why = "it is not empty and does not look like a site Folio built (no index.html)";
        }
      }
    }
    if (why != null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--out " + target + ": refusing to replace it, " + why + "; choose another folder");
    }
  }

  @Override
  public Integer call() throws IOException {
    var stdout = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    BaseUrl base = null;
    try {
      if (baseUrl != null) {
        base = BaseUrl.parse(baseUrl);
      }
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--base-url: " + e.getMessage());
    }
    // Like Hugo: without --out the site goes into the project folder, wherever Folio runs.
    Path target =
        spec.commandLine().getParseResult().hasMatchedOption("--out")
            ? out
            : source.source.resolve("site");
    refuseToReplaceSomethingElse(target);
    try {
      Pipeline.Summary summary = history.apply(new Pipeline(source.source, base)).build(target);
      stdout.println("folio: " + summary.line() + " → " + target.normalize());
      return 0;
    } catch (ContentException e) {
      return Reporting.problems(e, err, "the previous site was left as it was.");
    }
  }
}
