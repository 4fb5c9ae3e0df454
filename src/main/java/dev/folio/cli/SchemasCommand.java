package dev.folio.cli;

import dev.folio.load.EditorSchemas;
import dev.folio.load.SourceLoader;
import dev.folio.model.ContentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "schemas",
    mixinStandardHelpOptions = true,
    description =
        "Writes the editor's copies of Folio's schemas into schemas/ (folio.schema.json,"
            + " data-file.schema.json) for the site's languages. Folio itself always checks with the"
            + " schemas built into it.")
final class SchemasCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions source;

  @Override
  public Integer call() throws IOException {
    Map<String, String> files;
    try {
      files = EditorSchemas.files(SourceLoader.config(source.source).languages());
    } catch (ContentException e) {
      return Reporting.problems(e, spec.commandLine().getErr(), "nothing was written.");
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = source.source.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      spec.commandLine().getOut().println("folio: wrote " + file.getKey());
    }
    return 0;
  }
}
