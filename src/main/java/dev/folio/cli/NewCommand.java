package dev.folio.cli;

import dev.folio.model.Language;
import dev.folio.scaffold.NewSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description =
        "Writes a small, working report into a new folder: folio.yaml, a cover and a"
            + " section per language, a data file with its schema, a chart, the GitHub Pages"
            + " workflow, .gitignore and a README. `folio check` and `folio build` pass on it.")
final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "The folder to create (it must be" + " empty or not exist yet)")
  Path dir;

  @Option(
      names = "--languages",
      paramLabel = "CODES",
      defaultValue = "zh-CN,en",
      description =
          "The site's languages, as BCP 47 codes in order, the first the default"
              + " (default: zh-CN,en)")
  String languages;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
      throw new ParameterException(
          spec.commandLine(),
          dir
              + " is not an empty folder; choose"
              + " a new one, so that nothing there is overwritten");
    }
    List<Language> site;
    try {
      site =
          NewSite.languages(Arrays.stream(languages.split(",")).filter(s -> !s.isBlank()).toList());
    } catch (IllformedLocaleException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--languages: \""
              + languages
              + "\" is not a list of BCP 47 codes such as zh-CN,en,ja: "
              + e.getMessage());
    }
    if (site.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--languages: name at least one");
    }
    Set<String> codes = new HashSet<>();
    for (Language language : site) {
      if (!codes.add(language.code().toLowerCase(Locale.ROOT))) {
        // The project would fail its own check: one language in two folders.
        throw new ParameterException(
            spec.commandLine(),
            "--languages: \""
                + language.code()
                + "\" is named twice in \""
                + languages
                + "\"; name each language once");
      }
    }
    Map<String, String> files = NewSite.files(site, LocalDate.now());
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    var out = spec.commandLine().getOut();
    out.println(
        "folio: wrote a new report in "
            + dir
            + " ("
            + files.size()
            + " files, languages "
            + String.join(
                ", ", site.stream().map(l -> l.code() + " in content/" + l.folder() + "/").toList())
            + ")");
    out.println("next: cd " + dir + " && java -jar folio.jar serve");
    return 0;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
