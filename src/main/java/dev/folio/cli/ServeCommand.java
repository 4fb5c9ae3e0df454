package dev.folio.cli;

import dev.folio.Pipeline;
import dev.folio.model.ContentException;
import dev.folio.model.Problem;
import dev.folio.config.BaseUrl;
import dev.folio.serve.DevServer;
import dev.folio.serve.SourceWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import dev.folio.config.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Builds the site, serves it on http://127.0.0.1:PORT/ and rebuilds and reloads"
        + " open pages whenever folio.yaml, content/, schemas/, templates/, i18n/ or static/"
        + " change. Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  SourceOptions source;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
      description = "Port on 127.0.0.1 (default: 8000; 0 picks a free one)")
  int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--port must be between 0 and 65535, got " + port);
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Path site = source.source.resolve("site");
    Pipeline pipeline = new Pipeline(source.source, BaseUrl.parse("/"));
    rebuild(pipeline, site, null);
    try (DevServer server = new DevServer(site, port);
        SourceWatcher watcher = new SourceWatcher(
            Stream.of("content", "schemas", "templates", "i18n", "static")
                .map(source.source::resolve).toList(),
            List.of(source.source.resolve(SiteConfig.PATH)))) {
      server.start();
      out.println("folio: serving " + site.normalize() + " at http://127.0.0.1:" + server.port()
          + "/ (Ctrl-C stops)");
      watcher.run(() -> rebuild(pipeline, site, server));
    }
    return 0;
  }

  private void rebuild(Pipeline pipeline, Path site, DevServer server) {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    try {
      out.println("folio: " + pipeline.build(site).line());
      if (server != null) {
        server.reload();
      }
    } catch (ContentException e) {
      Reporting.problems(e, err, "still serving the last good site.");
      if (server != null) {
        server.showError(e.problems().stream().map(Problem::format)
            .collect(Collectors.joining("\n")));
      }
    } catch (IOException e) {
      err.println("folio: could not write " + site + ": " + e.getMessage());
    }
  }
}
