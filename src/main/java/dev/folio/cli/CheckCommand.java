package dev.folio.cli;

import dev.folio.Pipeline;
import dev.folio.model.ContentException;
import dev.folio.render.BaseUrl;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Validates content, data files and templates like build does, writing nothing.")
final class CheckCommand implements java.util.concurrent.Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  SourceOptions source;

  @Override
  public Integer call() {
    try {
      int files = new Pipeline(source.source, BaseUrl.parse("/")).render().size();
      spec.commandLine().getOut().println("folio: no problems (" + files + " files would be written)");
      return 0;
    } catch (ContentException e) {
      return Reporting.problems(e, spec.commandLine().getErr(), "nothing was written.");
    }
  }
}
