package dev.folio.load;

import dev.folio.model.InterfaceStrings;
import dev.folio.model.Language;
import dev.folio.model.Problems;
import dev.folio.model.SiteConfig;
import dev.folio.model.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads every language's interface strings: the built-in ones, then the project's own. */
final class StringsLoader {
  private final Path source;
  private final SiteConfig config;
  private final Schemas schemas;
  private final Parses parses;
  private final Problems problems;

  StringsLoader(Path source, SiteConfig config, Schemas schemas, Parses parses, Problems problems) {
    this.source = source;
    this.config = config;
    this.schemas = schemas;
    this.parses = parses;
    this.problems = problems;
  }

  /**
   * Per language: {@code builtins} in their order, then the project's i18n/FOLDER.yaml; the folders
   * of the languages whose file does not load are added to {@code unread}.
   */
  Map<String, InterfaceStrings> strings(
      List<SourceLoader.BuiltinStrings> builtins, Set<String> unread) {
    Map<String, InterfaceStrings> strings = new TreeMap<>();
    Set<String> required = new TreeSet<>();
    StringsReader reader = new StringsReader(schemas, problems);
    builtins.forEach(builtin -> required.addAll(reader.requiredKeys(builtin.resourceFolder())));
    for (Language lang : config.languages()) {
      List<StringsReader.Entries> sources = new ArrayList<>();
      for (SourceLoader.BuiltinStrings builtin : builtins) {
        parses
            .of(
                "built-in strings " + lang.code(),
                builtin.resourceFolder(),
                builtin.shownAs(),
                found ->
                    new StringsReader(schemas, found)
                        .builtin(builtin.resourceFolder(), builtin.shownAs(), lang))
            .ifPresent(sources::add);
      }
      String path = "i18n/" + lang.folder() + ".yaml";
      Path file = source.resolve(path);
      Optional<StringsReader.Entries> own =
          Files.isRegularFile(file)
              ? SourceFiles.readText(file, path, problems)
                  .flatMap(
                      text ->
                          parses.of(
                              "strings",
                              path,
                              text,
                              found -> new StringsReader(schemas, found).project(path, text)))
              : Optional.empty();
      if (own.isEmpty() && Files.isRegularFile(file)) {
        unread.add(lang.folder());
      }
      // The merge is a task too, so that every key holding a language's strings compares them
      // by identity while their files are unchanged.
      strings.put(
          lang.folder(),
          parses
              .tasks()
              .run(
                  Task.of(
                      Task.Boundary.PARSE,
                      "strings " + lang.folder(),
                      () -> Arrays.asList(lang, path, sources, required, own.orElse(null)),
                      () -> StringsReader.merge(lang, path, sources, required, own))));
    }
    return strings;
  }
}
