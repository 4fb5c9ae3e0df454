package dev.folio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.SiteSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real report from content/ and reads the pages as a reader would get them. */
class ReportSiteTest {
  @TempDir
  static Path dir;
  static Path site;
  static Folio.Run build;

  @BeforeAll
  static void buildTheReport() {
    site = dir.resolve("site");
    build = Folio.buildProject(site);
  }

  static Document page(String path) throws IOException {
    Path file = site.resolve(path).resolve("index.html");
    return Jsoup.parse(file.toFile(), "UTF-8", "https://example.org/" + path + "/");
  }

  static List<List<String>> rows(Document page, String table) {
    Element figure = page.getElementById("table-" + table);
    assertThat(figure).as("table " + table + " on " + page.location()).isNotNull();
    // Cell text without footnote markers.
    return figure.select("tbody tr").stream()
        .map(tr -> tr.select("th, td").stream()
            .map(cell -> { Element copy = cell.clone(); copy.select("sup").remove();
              return copy.text(); }).toList()).toList();
  }

  @Test
  void buildPrintsAOneLineSummary() {
    assertThat(build.out().strip()).matches(
        "folio: built \\d+ pages per language \\(2 languages\\), \\d+ data tables, \\d+ files in \\d+ ms → .*");
  }

  @Test
  void everyPageExistsInBothLanguagesAtTheSamePath() throws IOException {
    List<String> zh = htmlFiles(site.resolve("zh"));
    List<String> en = htmlFiles(site.resolve("en"));
    assertThat(zh).isEqualTo(en).hasSizeGreaterThanOrEqualTo(13);
  }

  @Test
  void llmTableHasTheReportsNineRowsWithErrataBesideThePublishedFigures() throws IOException {
    List<List<String>> zh = rows(page("zh/llm-models"), "llm-models");
    List<List<String>> en = rows(page("en/llm-models"), "llm-models");
    assertThat(zh).hasSize(9);
    assertThat(en).hasSize(9);
    assertThat(zh.get(0)).containsSubsequence("OpenAI", "GPT3", "1750亿");
    assertThat(String.join(" ", zh.get(2))).contains("Meta").contains("6500亿").contains("650亿");
    assertThat(String.join(" ", en.get(2))).contains("650 billion").contains("→ 65 billion");
    assertThat(String.join(" ", zh.get(5))).contains("阿里巴巴").contains("10万亿");
    assertThat(page("en/llm-models").text()).contains("arXiv 2302.13971");
  }

  @Test
  void eventsCarryTheRightCompaniesReadingTheMergedCellsCorrectly() throws IOException {
    List<List<String>> zh = rows(page("zh/arms-race"), "ai-events");
    assertThat(zh).extracting(row -> row.get(0))
        .containsExactly("百度", "谷歌", "谷歌", "谷歌", "微软", "微软");
    assertThat(zh.get(1).get(2)).contains("MusicLM");
    List<List<String>> en = rows(page("en/arms-race"), "ai-events");
    assertThat(en).extracting(row -> row.get(0))
        .containsExactly("Baidu", "Google", "Google", "Google", "Microsoft", "Microsoft");
    assertThat(String.join(" ", en.get(2))).as("Anthropic date erratum")
        .contains("30 Jan 2023").contains("3 Feb 2023");
  }

  @Test
  void adoptionShowsOnlyConfirmedAppsWithChatGptAtTwoMonths() throws IOException {
    List<List<String>> en = rows(page("en/adoption"), "app-adoption");
    assertThat(en.get(0)).containsSubsequence("ChatGPT", "2");
    assertThat(page("en/adoption").select("tbody").text()).doesNotContain("Spotify", "Uber");
  }

  @Test
  void publishedCostTableKeepsTheReportsFiguresAndShowsCorrections() throws IOException {
    String zh = page("zh/limitations").getElementById("table-cost-published").text();
    assertThat(zh).contains("2.61E+11", "12.22", "12.79", "320", "312.5", "2.7");
  }

  @Test
  void aigcRoadmapCellsAreUnstatedNeverGuessed() throws IOException {
    List<List<String>> en = rows(page("en/aigc-roadmap"), "aigc-roadmap");
    assertThat(en).hasSizeGreaterThanOrEqualTo(18);
    assertThat(en).allSatisfy(row -> assertThat(row.get(row.size() - 1)).startsWith("Unstated"));
  }

  @Test
  void everyTableShowsItsProvenanceAndLinksDownloadsThatExist() throws IOException {
    for (String lang : List.of("zh", "en")) {
      for (String path : htmlFiles(site.resolve(lang))) {
        Document page = Jsoup.parse(site.resolve(lang).resolve(path).toFile(), "UTF-8");
        for (Element table : page.select("figure.data-table")) {
          assertThat(table.select(".provenance").text()).as(path).isNotBlank();
          for (Element link : table.select(".downloads a")) {
            String name = link.attr("href").replaceFirst("^(\\.\\./)+", "");
            assertThat(site.resolve(name)).as(lang + "/" + path + " → " + name).isRegularFile();
          }
        }
      }
    }
  }

  @Test
  void theEbookSitesAdvertIsNeverPublished() {
    SiteSnapshot.of(site).keySet().forEach(file -> {
      try {
        String text = Files.readString(site.resolve(file), StandardCharsets.UTF_8);
        assertThat(text).as(file).doesNotContain("shgis", "电子书学习和下载", "手机端请扫码");
      } catch (java.nio.charset.MalformedInputException binary) {
        // not text
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void rootPageLetsAReaderChooseALanguageWithoutJavaScript() throws IOException {
    Document root = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    assertThat(root.select("a[href=zh/]")).hasSize(1);
    assertThat(root.select("a[href=en/]")).hasSize(1);
    assertThat(site.resolve("404.html")).isRegularFile();
    assertThat(site.resolve("sitemap.xml")).isRegularFile();
    assertThat(site.resolve("robots.txt")).isRegularFile();
    assertThat(site.resolve(".nojekyll")).isRegularFile();
  }

  @Test
  void everyDataFileIsDownloadableAsJsonAndCsv() throws IOException {
    try (Stream<Path> data = Files.list(Folio.projectDir().resolve("content/data"))) {
      for (Path file : data.toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.(yaml|yml|json)$", "");
        assertThat(site.resolve("data/" + name + ".json")).isRegularFile();
        assertThat(site.resolve("data/" + name + ".csv")).isRegularFile();
      }
    }
  }

  static List<String> htmlFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".html"))
          .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
