package dev.folio.load;

import dev.folio.model.ChartSpec;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.DataTable;
import dev.folio.model.InterfaceStrings;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePos;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Loads a project into {@link Content}: {@code folio.yaml} first (it names the languages), then
 * {@code content/} (a folder of pages per language, {@code data/}, {@code charts.yaml}), {@code
 * schemas/} and the interface strings. Every file is read and every problem collected before
 * failing, so one run reports all mistakes.
 */
public final class SourceLoader {
  /** Where the theme's interface strings are on the class path, and how problems name them. */
  private static final String THEME_STRINGS = "/dev/folio/theme/i18n";

  private static final String THEME_STRINGS_SHOWN = "(built-in theme) i18n";

  private SourceLoader() {}

  /** A folder of built-in interface strings on the class path (an extension's), and its name. */
  public record BuiltinStrings(String resourceFolder, String shownAs) {}

  /** A file's parse: the value read (none if the file is broken) and the problems found. */
  private record Parsed<T>(Optional<T> value, List<Problem> problems) {}

  /** Loads a project with no extensions (tests and tools that need none). */
  public static Content load(Path source) throws ContentException {
    return load(source, config(source), List.of(), Set.of(), TaskRunner.DIRECT);
  }

  /**
   * Loads a project whose {@code folio.yaml} was read, each file's parse a task of {@code tasks}
   * that reads the file's text and its context: the configuration, the text of every schema and the
   * extensions' embeds.
   *
   * @param extensionStrings the interface strings of the enabled extensions, which come between the
   *     theme's and the project's
   * @param extensionEmbeds the names of the embeds the enabled extensions declare
   */
  public static Content load(
      Path source,
      SiteConfig config,
      List<BuiltinStrings> extensionStrings,
      Set<String> extensionEmbeds,
      TaskRunner tasks)
      throws ContentException {
    Problems problems = new Problems();
    Path content = source.resolve("content");
    if (!Files.isDirectory(content)) {
      problems.add(
          SourcePos.file("content"),
          "there is no content/ folder in " + source,
          "run Folio in the project's root, or pass --source DIR");
    }
    problems.throwIfAny();
    Object context = List.of(config, schemaTexts(source), new TreeSet<>(extensionEmbeds));
    Schemas schemas = new Schemas(source, config.languages(), problems, tasks, context);
    Parses parses = new Parses(tasks, context, problems);
    checkFolders(config, content, problems);
    List<Page> pages = pages(source, config, schemas, extensionEmbeds, parses, problems);
    Map<String, DataTable> tables = tables(source, config, schemas, parses, problems);
    Map<String, InterfaceStrings> strings =
        strings(source, config, schemas, extensionStrings, parses, problems);
    List<ChartSpec> charts = new ArrayList<>();
    Path chartFile = source.resolve(ChartReader.PATH);
    if (Files.isRegularFile(chartFile)) {
      readText(chartFile, ChartReader.PATH, problems)
          .flatMap(
              text ->
                  parses.of(
                      "charts",
                      ChartReader.PATH,
                      text,
                      found ->
                          new ChartReader(schemas, config.languages(), found)
                              .read(ChartReader.PATH, text)))
          .ifPresent(charts::addAll);
    }
    problems.throwIfAny();
    Path statics = source.resolve("static");
    List<String> staticFiles =
        files(statics).stream().map(file -> relative(statics, file)).toList();
    return new Content(
        config, pages, tables, strings, charts, new TreeSet<>(staticFiles), extensionEmbeds);
  }

  /** Reads {@code folio.yaml}; the rest of the project cannot be read without it. */
  public static SiteConfig config(Path source) throws ContentException {
    return config(source, TaskRunner.DIRECT);
  }

  /** As {@link #config(Path)}, its parse a task of {@code tasks} that reads its text. */
  public static SiteConfig config(Path source, TaskRunner tasks) throws ContentException {
    Problems problems = new Problems();
    Path file = source.resolve(SiteConfig.PATH);
    if (!Files.isRegularFile(file)) {
      problems.add(
          SourcePos.file(SiteConfig.PATH),
          "there is no folio.yaml in " + source,
          "run Folio in the project's root or pass --source DIR; `folio new DIR` starts a"
              + " project");
      problems.throwIfAny();
    }
    Parses parses = new Parses(tasks, null, problems);
    Optional<SiteConfig> config =
        readText(file, SiteConfig.PATH, problems)
            .flatMap(
                text ->
                    parses.of(
                        "config",
                        SiteConfig.PATH,
                        text,
                        found ->
                            new ConfigReader(new Schemas(source, List.of(), found), found)
                                .read(text)));
    problems.throwIfAny();
    return config.orElseThrow();
  }

  /** Every folder under content/ is a language's, or data/: a stray one is not silently skipped. */
  private static void checkFolders(SiteConfig config, Path content, Problems problems) {
    List<String> folders = config.languages().stream().map(Language::folder).toList();
    try (Stream<Path> list = Files.list(content)) {
      for (Path entry : list.sorted().toList()) {
        String name = entry.getFileName().toString();
        String path = "content/" + name;
        if (Files.isDirectory(entry) && !folders.contains(name) && !name.equals("data")) {
          problems.add(
              SourcePos.file(path + "/"),
              name.equals("i18n")
                  ? "interface strings are no longer read from content/i18n/"
                  : "content/" + name + "/ is not the folder of a language of folio.yaml",
              name.equals("i18n")
                  ? "move them to i18n/FOLDER.yaml at the project's root"
                  : "the languages' folders are "
                      + String.join(", ", folders)
                      + "; add the language to folio.yaml, or rename or remove the folder");
        } else if (Files.isRegularFile(entry)
            && !path.equals(ChartReader.PATH)
            && !name.startsWith(".")) {
          problems.add(
              SourcePos.file(path),
              "content/ holds only charts.yaml and folders",
              "pages go in content/FOLDER/ (one folder per language), data files in"
                  + " content/data/");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Page> pages(
      Path source,
      SiteConfig config,
      Schemas schemas,
      Set<String> extensionEmbeds,
      Parses parses,
      Problems problems) {
    Path content = source.resolve("content");
    List<Page> pages = new ArrayList<>();
    for (Language lang : config.languages()) {
      Path folder = content.resolve(lang.folder());
      for (Path file : files(folder, ".md")) {
        String path = relative(source, file);
        String key = relative(folder, file).replaceFirst("\\.md$", "");
        readText(file, path, problems)
            .flatMap(
                text ->
                    parses.of(
                        "page",
                        path,
                        text,
                        found ->
                            new PageReader(schemas, extensionEmbeds, found)
                                .read(path, key, lang, text)))
            .ifPresent(pages::add);
      }
    }
    return pages;
  }

  private static Map<String, DataTable> tables(
      Path source, SiteConfig config, Schemas schemas, Parses parses, Problems problems) {
    Map<String, DataTable> tables = new TreeMap<>();
    for (Path file : files(source.resolve("content/data"), ".yaml", ".yml", ".json")) {
      String path = relative(source, file);
      String name = file.getFileName().toString().replaceFirst("\\.(yaml|yml|json)$", "");
      if (tables.containsKey(name)) {
        problems.add(
            SourcePos.file(path),
            "two data files are named \"" + name + "\"",
            "keep one of " + tables.get(name).path() + " and " + path);
        continue;
      }
      readText(file, path, problems)
          .flatMap(
              text ->
                  parses.of(
                      "data",
                      path,
                      text,
                      found ->
                          new DataFileReader(schemas, config.languages(), found)
                              .read(path, name, text)))
          .ifPresent(table -> tables.put(name, table));
    }
    return tables;
  }

  /** Per language: the theme's strings, the extensions', then the project's i18n/FOLDER.yaml. */
  private static Map<String, InterfaceStrings> strings(
      Path source,
      SiteConfig config,
      Schemas schemas,
      List<BuiltinStrings> extensionStrings,
      Parses parses,
      Problems problems) {
    Map<String, InterfaceStrings> strings = new TreeMap<>();
    List<BuiltinStrings> builtins = new ArrayList<>();
    builtins.add(new BuiltinStrings(THEME_STRINGS, THEME_STRINGS_SHOWN));
    builtins.addAll(extensionStrings);
    for (Language lang : config.languages()) {
      List<StringsReader.Entries> sources = new ArrayList<>();
      for (BuiltinStrings builtin : builtins) {
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
              ? readText(file, path, problems)
                  .flatMap(
                      text ->
                          parses.of(
                              "strings",
                              path,
                              text,
                              found -> new StringsReader(schemas, found).project(path, text)))
              : Optional.empty();
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
                      () -> Arrays.asList(lang, path, sources, own.orElse(null)),
                      () -> StringsReader.merge(lang, path, sources, own))));
    }
    return strings;
  }

  /**
   * The parses of one load, each a task that reads a file's path and text and the load's context;
   * their problems are added to the load's.
   */
  private record Parses(TaskRunner tasks, Object context, Problems problems) {
    <T> Optional<T> of(
        String kind, String path, String text, Function<Problems, Optional<T>> read) {
      Supplier<Parsed<T>> parse =
          () -> {
            Problems found = new Problems();
            Optional<T> value = read.apply(found);
            return new Parsed<>(value, found.list());
          };
      Parsed<T> parsed =
          tasks.run(
              Task.of(
                  Task.Boundary.PARSE,
                  kind + " " + path,
                  () -> Arrays.asList(text, context),
                  parse));
      parsed.problems().forEach(problems::add);
      return parsed.value();
    }
  }

  /**
   * Every file of {@code schemas/} with its name, as one string: the part of every file's context
   * that the schemas are. Bytes as they are (a schema that is not UTF-8 is reported when it is
   * used).
   */
  private static String schemaTexts(Path source) {
    StringBuilder all = new StringBuilder();
    Path folder = source.resolve("schemas");
    for (Path file : files(folder)) {
      try {
        all.append(relative(folder, file))
            .append('\0')
            .append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .append('\0');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all.toString();
  }

  /**
   * Whether the theme has interface strings for a language (zh for zh-CN, en for en-GB, none for ja
   * or zh-Hant): a language it has none for needs all of them in i18n/FOLDER.yaml.
   */
  public static boolean themeHasStrings(Language lang) {
    return StringsReader.lookupTags(lang.code()).stream()
        .anyMatch(
            tag -> SourceLoader.class.getResource(THEME_STRINGS + "/" + tag + ".yaml") != null);
  }

  static Optional<String> readText(Path file, String path, Problems problems) {
    try {
      return decode(Files.readAllBytes(file), path, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of a file's bytes, or a problem at the line and column of the first byte that is not
   * UTF-8. A byte-order mark and CRLF line ends (Windows editors) change nothing.
   */
  static Optional<String> decode(byte[] bytes, String path, Problems problems) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (result.isError()) {
      String before = out.flip().toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      problems.add(
          new SourcePos(path, line, column),
          "the file is not valid UTF-8 here (byte " + in.position() + ")",
          "save it as UTF-8 in your editor");
      return Optional.empty();
    }
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return Optional.of(text.replace("\r\n", "\n"));
  }

  /**
   * Files under {@code folder} with one of the extensions (any file when none is given), sorted by
   * path; none if the folder is absent.
   */
  static List<Path> files(Path folder, String... extensions) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              p ->
                  extensions.length == 0
                      || Stream.of(extensions).anyMatch(p.getFileName().toString()::endsWith))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }
}
