package dev.folio.cli;

import dev.folio.Pipeline;
import dev.folio.load.history.GitLog;
import dev.folio.memo.BuildSession;
import dev.folio.model.BaseUrl;
import dev.folio.model.SiteConfig;
import dev.folio.output.PdfEditions;
import dev.folio.serve.DevServer;
import dev.folio.serve.LiveBuild;
import dev.folio.serve.SourceWatcher;
import dev.folio.serve.WatchedFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Builds the site in memory, serves it on http://127.0.0.1:PORT/ and rebuilds and"
            + " reloads open pages whenever folio.yaml, content/, schemas/, templates/, i18n/ or"
            + " static/ change; a failed rebuild's problems show in every page. It never writes"
            + " site/. Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions source;
  @Mixin HistoryOptions history;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8000",
      description = "Port on 127.0.0.1 (default: 8000; 0 picks a free one)")
  int port;

  @Override
  public Integer call() throws IOException {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--port must be between 0 and 65535, got " + port);
    }
    if (!Files.isDirectory(source.source)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--source " + source.source + ": no such folder");
    }
    PrintWriter out = spec.commandLine().getOut();
    // The port first: if it cannot be had, nothing has been built or touched.
    DevServer server;
    try {
      server = DevServer.inMemory(port);
    } catch (BindException e) {
      return portUnavailable(e);
    }
    // Each source folder, whether it exists yet or is created while serve runs.
    List<Path> folders =
        Stream.of("content", "schemas", "templates", "i18n", "static")
            .map(source.source::resolve)
            .toList();
    try (server;
        SourceWatcher watcher = new SourceWatcher(folders, watchedFiles())) {
      // Watching before the first build, so that a change saved during it is not missed; and so
      // the files of content/ can be kept between builds, each read again once it changes.
      WatchedFiles files = new WatchedFiles(List.of(source.source.resolve("content")));
      LiveBuild build =
          new LiveBuild(
              history
                  .apply(
                      new Pipeline(
                          source.source,
                          BaseUrl.parse("/"),
                          BuildSession.keeping(),
                          // A PDF is laid out when a browser requests it, not on every edit.
                          PdfEditions.When.ON_REQUEST))
                  .withoutTranslationWarnings()
                  .readingThrough(files),
              server);
      report(build, build.rebuild());
      server.start();
      out.println(
          "folio: serving "
              + source.source.toAbsolutePath().normalize()
              + " from memory at http://127.0.0.1:"
              + server.port()
              + "/ (site/ is not written; Ctrl-C stops)");
      watcher.run(
          changes -> {
            if (changes.lost()) {
              files.changedAll();
            } else {
              files.changed(changes.paths(), changes.structure());
            }
            report(build, build.rebuild(watcher::pending));
          });
    }
    return 0;
  }

  /**
   * folio.yaml, and, unless {@code --no-history}, the files git rewrites when a commit lands: the
   * site then shows the commit's revisions (and no longer its edits as not yet committed).
   */
  private List<Path> watchedFiles() {
    List<Path> files = new ArrayList<>(List.of(source.source.resolve(SiteConfig.PATH)));
    if (!history.noHistory) {
      GitLog.headFiles(source.source).stream()
          .filter(file -> Files.isDirectory(file.getParent()))
          .forEach(files::add);
    }
    return files;
  }

  private int portUnavailable(BindException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String why =
        message.toLowerCase(Locale.ROOT).contains("in use")
            ? "port "
                + port
                + " on 127.0.0.1 is already in use (another folio serve, or another"
                + " program)"
            : "cannot listen on port " + port + " of 127.0.0.1 (" + message + ")";
    spec.commandLine()
        .getErr()
        .println(
            "folio: "
                + why
                + "; nothing was built.\n"
                + "    hint: choose another port with --port N (such as --port "
                + (port < 1024 ? 8000 : port == 65535 ? 8001 : port + 1)
                + "), or --port 0 for any free"
                + " one");
    // The command line asks for what cannot be had: a usage error (README's exit codes), not one
    // of the content (1).
    return ExitCode.USAGE;
  }

  private void report(LiveBuild build, LiveBuild.Outcome outcome) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String consequence =
        build.hasSite()
            ? "still serving the last good site."
            : "nothing to serve until a build succeeds; open pages show why.";
    if (outcome instanceof LiveBuild.Outcome.Built built) {
      out.println(
          "folio: "
              + built.summary().line()
              + " (the pages; the rest "
              + built.restMillis()
              + " ms more, after the reload)");
    } else if (outcome instanceof LiveBuild.Outcome.Problems problems) {
      Reporting.problems(problems.problems(), err, consequence);
    } else if (outcome instanceof LiveBuild.Outcome.Failed failed) {
      err.println(
          "folio: internal error while building (a bug in Folio, please report it with"
              + " this trace); "
              + consequence);
      failed.bug().printStackTrace(err);
    }
    out.flush();
    err.flush();
  }
}
