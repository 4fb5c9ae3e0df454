package dev.folio.load;

import dev.folio.model.ChartSpec;
import dev.folio.model.DataTable;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Parallel;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads what a folder of a project holds for one report: a page folder per language, {@code data/}
 * and {@code charts.yaml}. The report a site publishes at its root has them in {@code content/};
 * each report of a site of several in {@code content/reports/SLUG/}.
 */
final class ReportLoader {
  private final Path source;
  private final SiteConfig config;
  private final Schemas schemas;
  private final Problems problems;
  private final ProjectFiles files;

  ReportLoader(
      Path source, SiteConfig config, Schemas schemas, Problems problems, ProjectFiles files) {
    this.source = source;
    this.config = config;
    this.schemas = schemas;
    this.problems = problems;
    this.files = files;
  }

  /**
   * The pages of every language under {@code folder}, which belong to the report {@code slug}.
   *
   * @param extensionEmbeds the names of the embeds the report's extensions declare
   * @param unread where the pages that do not load are added, as {@code FOLDER/KEY}
   */
  List<Page> pages(
      Path folder, String slug, Set<String> extensionEmbeds, Parses parses, Set<String> unread) {
    // Each language's folder listed on a core of its own, in the languages' order.
    List<PageFile> pageFiles =
        config.languages().parallelStream()
            .flatMap(
                lang -> {
                  Path pagesOf = folder.resolve(lang.folder());
                  return files.files(pagesOf, ".md").stream()
                      .map(file -> pageFile(lang, pagesOf, file));
                })
            .toList();
    // Read and parsed on every core (a site of thousands of pages spends its load here), then
    // taken in the files' order, so that problems and pages come in the same order every time.
    List<ReadPage> read =
        Parallel.map(pageFiles, file -> read(file, slug, extensionEmbeds, parses));
    List<Page> pages = new ArrayList<>();
    for (ReadPage each : read) {
      each.unreadable().forEach(problems::add);
      each.parsed()
          .flatMap(parses::accept)
          .ifPresentOrElse(
              pages::add, () -> unread.add(each.file().lang().folder() + "/" + each.file().key()));
    }
    return pages;
  }

  /** A page's Markdown file, and its path and key. */
  private record PageFile(Language lang, Path file, String path, String key) {}

  private PageFile pageFile(Language lang, Path pagesOf, Path file) {
    String relative = SourceFiles.relative(pagesOf, file);
    String key = relative.substring(0, relative.length() - ".md".length());
    return new PageFile(lang, file, SourceFiles.relative(source, file), key);
  }

  /** A page file read: its parse, or the problems that kept it from being parsed. */
  private record ReadPage(
      PageFile file, Optional<Parses.Parsed<Page>> parsed, List<Problem> unreadable) {}

  private ReadPage read(PageFile page, String slug, Set<String> extensionEmbeds, Parses parses) {
    Problems found = new Problems();
    Optional<Parses.Parsed<Page>> parsed =
        files
            .readText(page.file(), page.path(), found)
            .map(
                text ->
                    parses.parse(
                        "page",
                        page.path(),
                        text,
                        into ->
                            new PageReader(schemas, extensionEmbeds, into)
                                .read(page.path(), page.key(), page.lang(), slug, text)));
    return new ReadPage(page, parsed, found.list());
  }

  /**
   * The data files of {@code folder}, by name; the names of those that do not load to {@code
   * unread}.
   */
  Map<String, DataTable> tables(Path folder, Parses parses, Set<String> unread) {
    Map<String, DataTable> tables = new TreeMap<>();
    Map<String, String> paths = new TreeMap<>();
    for (Path file : files.files(folder, ".yaml", ".yml", ".json")) {
      String path = SourceFiles.relative(source, file);
      String name = file.getFileName().toString().replaceFirst("\\.(yaml|yml|json)$", "");
      String first = paths.putIfAbsent(name, path);
      if (first != null) {
        problems.add(
            SourcePos.file(path),
            "two data files are named \"" + name + "\"",
            "keep one of " + first + " and " + path);
        continue;
      }
      files
          .readText(file, path, problems)
          .flatMap(
              text ->
                  parses.of(
                      "data",
                      path,
                      text,
                      found ->
                          new DataFileReader(schemas, config.languages(), found)
                              .read(path, name, text)))
          .ifPresentOrElse(table -> tables.put(name, table), () -> unread.add(name));
    }
    return tables;
  }

  /** The charts of {@code file}, in its order; none without it; empty if it does not load. */
  Optional<List<ChartSpec>> charts(Path file, Parses parses) {
    if (!Files.isRegularFile(file)) {
      return Optional.of(List.of());
    }
    String path = SourceFiles.relative(source, file);
    return files
        .readText(file, path, problems)
        .flatMap(
            text ->
                parses.of(
                    "charts",
                    path,
                    text,
                    found -> new ChartReader(schemas, config.languages(), found).read(path, text)));
  }
}
