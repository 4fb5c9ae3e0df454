package dev.folio.report;

import static org.assertj.core.api.Assertions.assertThat;

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
 * analyst adds change nothing here.
 */
record ReportSite(Path source, Path root) {
  /** The two languages of the report, by their folders. */
  static final List<String> LANGUAGES = List.of("zh", "en");

  Document page(String sitePath) {
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
    return table(page, name).select("tbody tr").stream()
        .map(tr -> tr.select("th, td").stream().map(ReportSite::cellText).toList())
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

  /** The HTML files under a language's folder, relative to it. */
  List<String> htmlFiles(String lang) {
    Path folder = root.resolve(lang);
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
