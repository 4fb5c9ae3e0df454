package dev.folio.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.HtmlTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A built site of the report, read as a reader gets it: pages, the rows of their tables, the
 * footnotes under them. Rows are found by what they say, never by their position, so that rows an
 * analyst adds change nothing here. The report may be a site's only one (its pages at {@code
 * FOLDER/KEY/}) or one of a site of several (at {@code FOLDER/SLUG/KEY/}): pages are named by their
 * language and key alone.
 */
record ReportSite(Path source, Path root) {
  /** The two languages of the report, by their folders. */
  static final List<String> LANGUAGES = List.of("zh", "en");

  /** The report's folder of a project: {@code content/}, or {@code content/reports/SLUG/}. */
  static String contentFolder(Path project) {
    Path reports = project.resolve("content/reports");
    if (!Files.isDirectory(reports)) {
      return "content/";
    }
    try (Stream<Path> list = Files.list(reports)) {
      return "content/reports/" + list.sorted().findFirst().orElseThrow().getFileName() + "/";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A file of the project named as the report at its root has it ({@code content/data/x.yaml}):
   * where it is, the site's shared files first, then the report's.
   */
  static Path file(Path project, String path) {
    Path shared = project.resolve(path);
    if (Files.exists(shared) || !path.startsWith("content/")) {
      return shared;
    }
    return project.resolve(contentFolder(project) + path.substring("content/".length()));
  }

  /** {@code FOLDER/KEY/} of the report as its site path. */
  private String sitePath(String reportPath) {
    String folder = contentFolder(source);
    String slug = folder.equals("content/") ? "" : folder.split("/")[2] + "/";
    int slash = reportPath.indexOf('/');
    return reportPath.substring(0, slash + 1) + slug + reportPath.substring(slash + 1);
  }

  /** A page of the report, by its language's folder and key: {@code en/llm-models/}. */
  Document page(String reportPath) {
    String sitePath = sitePath(reportPath);
    Path file = root.resolve(sitePath).resolve("index.html");
    assertThat(file).as("page " + sitePath).isRegularFile();
    try {
      return Jsoup.parse(file.toFile(), "UTF-8", "https://example.org/" + sitePath + "/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table embed {@code table-NAME} on a page. */
  static Element table(Document page, String name) {
    Element figure = page.getElementById("table-" + name);
    assertThat(figure).as("table " + name + " on " + page.location()).isNotNull();
    return figure;
  }

  /** The body rows of a table embed, each cell's text without its footnote marker. */
  static List<List<String>> rows(Document page, String name) {
    return HtmlTables.rows(table(page, name)).stream()
        .map(row -> row.stream().map(ReportSite::cellText).toList())
        .toList();
  }

  /** The one row of a table whose first cells are exactly {@code leading}. */
  static List<String> row(Document page, String name, String... leading) {
    List<List<String>> matching =
        rows(page, name).stream()
            .filter(
                row ->
                    row.size() >= leading.length
                        && row.subList(0, leading.length).equals(List.of(leading)))
            .toList();
    assertThat(matching)
        .as("rows of " + name + " on " + page.location() + " starting " + List.of(leading))
        .hasSize(1);
    return matching.get(0);
  }

  /** The one row of a table that has a cell containing {@code text}. */
  static List<String> rowWith(Document page, String name, String text) {
    List<List<String>> matching =
        rows(page, name).stream()
            .filter(row -> row.stream().anyMatch(cell -> cell.contains(text)))
            .toList();
    assertThat(matching)
        .as("rows of " + name + " on " + page.location() + " with " + text)
        .hasSize(1);
    return matching.get(0);
  }

  /** The notes and errata under a table, as text. */
  static String footnotes(Document page, String name) {
    return table(page, name).select("ol.footnotes").text();
  }

  static String cellText(Element cell) {
    Element copy = cell.clone();
    copy.select("sup").remove();
    return copy.text();
  }

  /** The HTML files of the report in a language, relative to its folder. */
  List<String> htmlFiles(String lang) {
    Path folder = root.resolve(sitePath(lang + "/"));
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".html"))
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
