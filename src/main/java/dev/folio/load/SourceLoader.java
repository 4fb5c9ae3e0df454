package dev.folio.load;

import dev.folio.model.ChartSpec;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.DataTable;
import dev.folio.model.InterfaceStrings;
import dev.folio.model.Lang;
import dev.folio.model.Page;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads a source folder ({@code content/}, {@code schemas/}) into {@link Content}: every file is
 * read and every problem collected before failing, so one run reports all mistakes.
 */
public final class SourceLoader {
  private SourceLoader() {}

  public static Content load(Path source) throws ContentException {
    Problems problems = new Problems();
    Schemas schemas = new Schemas(source, problems);
    Path content = source.resolve("content");
    if (!Files.isDirectory(content)) {
      problems.add(SourcePos.file("content"), "there is no content/ folder in " + source,
          "run Folio in the project's root, or pass --source DIR");
      problems.throwIfAny();
    }
    List<Page> pages = new ArrayList<>();
    PageReader pageReader = new PageReader(schemas, problems);
    for (Lang lang : Lang.ALL) {
      for (Path file : files(content.resolve(lang.code()), ".md")) {
        String path = relative(source, file);
        String key = relative(content.resolve(lang.code()), file).replaceFirst("\\.md$", "");
        readText(file, path, problems)
            .flatMap(text -> pageReader.read(path, key, lang, text))
            .ifPresent(pages::add);
      }
    }
    Map<String, DataTable> tables = new TreeMap<>();
    DataFileReader dataReader = new DataFileReader(schemas, problems);
    for (Path file : files(content.resolve("data"), ".yaml", ".yml", ".json")) {
      String path = relative(source, file);
      String name = file.getFileName().toString().replaceFirst("\\.(yaml|yml|json)$", "");
      if (tables.containsKey(name)) {
        problems.add(SourcePos.file(path), "two data files are named \"" + name + "\"",
            "keep one of " + tables.get(name).path() + " and " + path);
        continue;
      }
      readText(file, path, problems)
          .flatMap(text -> dataReader.read(path, name, text))
          .ifPresent(table -> tables.put(name, table));
    }
    Map<Lang, InterfaceStrings> strings = new EnumMap<>(Lang.class);
    StringsReader stringsReader = new StringsReader(schemas, problems);
    for (Lang lang : Lang.ALL) {
      Path file = content.resolve("i18n").resolve(lang.code() + ".yaml");
      String path = relative(source, file);
      if (!Files.isRegularFile(file)) {
        problems.add(SourcePos.file(path), "the interface strings for " + lang.code()
            + " are missing", "create " + path + " with the same keys as the other language");
        continue;
      }
      readText(file, path, problems)
          .flatMap(text -> stringsReader.read(path, lang, text))
          .ifPresent(s -> strings.put(lang, s));
    }
    List<ChartSpec> charts = new ArrayList<>();
    Path chartFile = source.resolve(ChartReader.PATH);
    if (Files.isRegularFile(chartFile)) {
      readText(chartFile, ChartReader.PATH, problems)
          .flatMap(text -> new ChartReader(schemas, problems).read(ChartReader.PATH, text))
          .ifPresent(charts::addAll);
    }
    problems.throwIfAny();
    return new Content(pages, tables, strings, charts);
  }

  private static java.util.Optional<String> readText(Path file, String path, Problems problems) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      // Windows editors: a byte-order mark or CRLF line ends must not change what is read.
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return java.util.Optional.of(text.replace("\r\n", "\n"));
    } catch (CharacterCodingException e) {
      problems.add(SourcePos.file(path), "the file is not valid UTF-8",
          "save it as UTF-8 in your editor");
      return java.util.Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files under {@code folder} with one of the extensions, sorted by path; none if absent. */
  static List<Path> files(Path folder, String... extensions) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> Stream.of(extensions).anyMatch(p.getFileName().toString()::endsWith))
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
