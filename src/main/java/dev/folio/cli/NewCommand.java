package dev.folio.cli;

import dev.folio.Release;
import dev.folio.model.Language;
import dev.folio.scaffold.NewSite;
import dev.folio.scaffold.PagesWorkflow;
import java.io.File;
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
    PagesWorkflow workflow = PagesWorkflow.ofRunningFolio();
    Map<String, String> files = NewSite.files(site, LocalDate.now(), workflow);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    tellWhatsNext(files.size(), site, workflow);
    return 0;
  }

  private void tellWhatsNext(int files, List<Language> site, PagesWorkflow workflow) {
    var out = spec.commandLine().getOut();
    out.println(
        "folio: wrote a new report in "
            + dir
            + " ("
            + files
            + " files, languages "
            + String.join(
                ", ", site.stream().map(l -> l.code() + " in content/" + l.folder() + "/").toList())
            + ")");
    out.println("next: cd " + shellWord(dir.toString()) + " && " + thisFolio() + " serve");
    if (!workflow.pinned()) {
      out.println(
          "note: Folio "
              + workflow.release().version()
              + (workflow.release().isSnapshot()
                  ? " is not a release"
                  : " runs from its classes, not its release's jar")
              + ", so .github/workflows/pages.yml cannot download and check it yet: set"
              + " FOLIO_VERSION and FOLIO_SHA256 there before the first push (its first comment"
              + " says how)");
    }
  }

  /**
   * The command that runs this Folio, as a shell reads it: {@code java -jar} and the jar's absolute
   * path; from a folder of classes (an IDE, the tests), {@code java -cp} and the class path.
   */
  static String thisFolio() {
    return Release.runningJar()
        .map(jar -> "java -jar " + shellWord(jar.toString()))
        .orElseGet(
            () ->
                "java -cp "
                    + shellWord(
                        String.join(
                            File.pathSeparator,
                            Arrays.stream(
                                    System.getProperty("java.class.path").split(File.pathSeparator))
                                .map(p -> Path.of(p).toAbsolutePath().toString())
                                .toList()))
                    + " "
                    + Main.class.getName());
  }

  /** {@code word} as one word for a POSIX shell: as it is if it can be, else single-quoted. */
  static String shellWord(String word) {
    return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
