package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.GitFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * What readers see of a report's revisions since it was published, in both languages: the revised
 * value beside its published one with when and why, the mark of a row added since, the counts under
 * the table, the Changes page and its feed, the tables' history downloads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevisionsOnThePagesTest {
  private static final String MODELS = "content/data/models.yaml";

  private Path dir;
  private Path site;
  private RevCommit revision;
  private RevCommit addition;

  @BeforeAll
  void build(@TempDir Path temp) {
    dir = temp;
    try (GitFixture git = GitFixture.of("basic", dir.resolve("project"))) {
      git.commit("The report as published", "2023-03-01T10:00:00+08:00");
      revision =
          git.replace(MODELS, "params: 175000000000", "params: 180000000000")
              .commit(
                  "Revise GPT-3\n\nFolio-Reason: The model card gives 180 billion",
                  "2024-06-01T09:00:00+08:00");
      addition =
          git.replace(
                  MODELS,
                  "  - id: gpt-4\n",
                  "  - id: palm\n    company: openai\n    model: PaLM\n"
                      + "    params: 540000000000\n    released: 2022-04-04\n"
                      + "    weights: closed\n  - id: gpt-4\n")
              .commit("Add PaLM", "2024-07-01T09:00:00+08:00");
      site = dir.resolve("site");
      Folio.build(git.dir(), site);
    }
  }

  private Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  private String short7(RevCommit commit) {
    return commit.abbreviate(7).name();
  }

  @Test
  void aRevisedValueShowsBesideItsPublishedOneWithWhenAndWhy() throws IOException {
    Element en = page("en/models/index.html").getElementById("row-models-gpt-3");
    assertThat(en).isNotNull();
    Element cell = en.select(".revised").first();
    assertThat(cell.select(".as-published").text()).isEqualTo("175 billion");
    assertThat(cell.select(".current").text()).isEqualTo("→ 180 billion");
    String note = en.select("a.revision-ref").attr("href");
    Element explained = page("en/models/index.html").selectFirst(note);
    assertThat(explained.text())
        .isEqualTo(
            "As published: 175 billion; Now: 180 billion. 1 June 2024: The model card gives 180"
                + " billion");

    Document zhPage = page("zh/models/index.html");
    Element zh = zhPage.getElementById("row-models-gpt-3");
    assertThat(zh.select(".revised .as-published").text()).isEqualTo("1750亿");
    assertThat(zhPage.selectFirst(zh.select("a.revision-ref").attr("href")).text())
        .isEqualTo("发布时：1750亿；现为：1800亿。2024年6月1日：The model card gives 180 billion");
  }

  @Test
  void aRowAddedSinceIsMarkedAndTheTableCountsTheRevisions() throws IOException {
    Document en = page("en/models/index.html");
    assertThat(en.getElementById("row-models-palm").select(".added-mark").text())
        .isEqualTo("Added 1 July 2024");
    assertThat(en.select("#table-models .revisions-summary").text())
        .startsWith(
            "Updated since the report. Rows added: 1 · Values revised: 1 · Latest change: 1"
                + " July 2024.");
    assertThat(en.select("#table-models .revisions-summary a").eachAttr("href"))
        .containsExactly("../../en/changes/", "../../data/models.history.csv");
    Document zh = page("zh/models/index.html");
    assertThat(zh.getElementById("row-models-palm").select(".added-mark").text())
        .isEqualTo("2024年7月1日新增");
    // A table nothing changed in says nothing of revisions.
    assertThat(en.select("#table-companies .revisions")).isEmpty();
  }

  @Test
  void theChangesPageListsEachCommitWithLinksToTheRows() throws IOException {
    Document en = page("en/changes/index.html");
    assertThat(en.select("h1").text()).isEqualTo("Changes since publication");
    assertThat(en.select(".change").eachAttr("id"))
        .containsExactly("change-" + short7(addition), "change-" + short7(revision));
    Element first = en.getElementById("change-" + short7(addition));
    assertThat(first.select("time").attr("datetime")).isEqualTo("2024-07-01T09:00:00+08:00");
    assertThat(first.select(".change-item").text())
        .isEqualTo("Row added: Model table · OpenAI · PaLM");
    assertThat(first.select(".change-item a").attr("href"))
        .isEqualTo("../../en/models/#row-models-palm");
    Element second = en.getElementById("change-" + short7(revision));
    assertThat(second.select(".change-reason").text())
        .isEqualTo("The model card gives 180 billion");
    assertThat(second.select(".change-item").text())
        .isEqualTo(
            "Value revised: Model table · OpenAI · GPT-3 · Parameters: 175 billion → 180"
                + " billion");
    Document zh = page("zh/changes/index.html");
    assertThat(zh.select("h1").text()).isEqualTo("发布以来的更新");
    assertThat(zh.select(".change-item").eachText())
        .containsExactly("新增行：模型表 · OpenAI · PaLM", "修订数值：模型表 · OpenAI · GPT-3 · 参数：1750亿 → 1800亿");
  }

  @Test
  void eachLanguageHasAnAtomFeedOfTheChanges() throws Exception {
    for (String lang : List.of("en", "zh")) {
      var feed =
          DocumentBuilderFactory.newDefaultNSInstance()
              .newDocumentBuilder()
              .parse(site.resolve(lang + "/changes/feed.xml").toFile());
      assertThat(feed.getDocumentElement().getNamespaceURI())
          .isEqualTo("http://www.w3.org/2005/Atom");
      NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
      assertThat(entries.getLength()).isEqualTo(2);
      assertThat(feed.getElementsByTagName("updated").item(0).getTextContent())
          .isEqualTo("2024-07-01T09:00:00+08:00");
      assertThat(feed.getElementsByTagName("id").item(0).getTextContent()).startsWith("urn:uuid:");
    }
    String en = Files.readString(site.resolve("en/changes/feed.xml"));
    assertThat(en)
        .contains("<title>1 July 2024: Add PaLM</title>")
        .contains(
            "<link rel=\"alternate\" href=\"/en/changes/#change-" + short7(addition) + "\"/>");
    assertThat(page("en/changes/index.html").select("a.feed-link").attr("href"))
        .isEqualTo("feed.xml");
  }

  @Test
  void theDownloadsGainEachTablesHistory() throws IOException {
    String csv = Files.readString(site.resolve("data/models.history.csv"), StandardCharsets.UTF_8);
    assertThat(csv.lines().toList())
        .containsExactly(
            "\uFEFFtime,commit,reason,change,id,field,before,after",
            "2024-07-01T09:00:00+08:00," + short7(addition) + ",Add PaLM,added,palm,,,",
            "2024-06-01T09:00:00+08:00,"
                + short7(revision)
                + ",The model card gives 180 billion,revised,gpt-3,params,175000000000,180000000000");
    String json = Files.readString(site.resolve("data/models.history.json"));
    assertThat(json)
        .contains("\"table\" : \"models\"")
        .contains("\"before\" : 175000000000")
        .contains("\"after\" : 180000000000");
    assertThat(Files.readString(site.resolve("data/companies.history.csv")).lines()).hasSize(1);
  }

  @Test
  void everyPageOfTheReportLinksItsChangesAndFeed() throws IOException {
    Document en = page("en/models/index.html");
    assertThat(en.select(".footer-changes a").attr("href")).isEqualTo("../../en/changes/");
    assertThat(en.select(".footer-changes a").text()).isEqualTo("Changes since publication");
    assertThat(en.select("link[type=application/atom+xml]").attr("href"))
        .isEqualTo("../../en/changes/feed.xml");
    assertThat(page("zh/index.html").select(".footer-changes a").text()).isEqualTo("发布以来的更新");
  }

  @Test
  void aChartRingsTheValuesRevisedSinceAndItsDataShowsThemAsPublished(@TempDir Path temp)
      throws IOException {
    Path charted = temp.resolve("site");
    try (GitFixture git = GitFixture.of("notes-and-errata", temp.resolve("project"))) {
      git.commit("The report as published", "2023-03-01T10:00:00+08:00");
      git.replace(MODELS, "params: 175000000000", "params: 180000000000")
          .commit("Revise GPT-3", "2024-06-01T09:00:00+08:00");
      Folio.build(git.dir(), charted);
    }
    Document en = Jsoup.parse(charted.resolve("en/index.html").toFile(), "UTF-8");
    Element chart = en.getElementById("chart-parameters");
    // One ring in each of the wide and the narrow drawing.
    assertThat(chart.select("svg circle.chart-revised")).hasSize(2);
    assertThat(chart.select(".chart-revisions").text())
        .startsWith("Dashed rings mark figures revised since the report");
    assertThat(chart.select(".chart-revisions a").attr("href")).isEqualTo("../en/changes/");
    assertThat(chart.select(".chart-data .revised .as-published").text()).isEqualTo("175 billion");
    Document zh = Jsoup.parse(charted.resolve("zh/index.html").toFile(), "UTF-8");
    assertThat(zh.select("#chart-parameters .chart-revisions").text()).startsWith("虚线圆圈");
  }

  @Test
  void theSitemapListsTheChangesPages() throws IOException {
    assertThat(Files.readString(site.resolve("sitemap.xml")))
        .contains("<loc>/en/changes/</loc>")
        .contains("<loc>/zh/changes/</loc>");
  }

  @Test
  void twoBuildsOfOneCommitAreTheSameByteForByte() throws IOException {
    Path again = dir.resolve("again");
    Folio.build(dir.resolve("project"), again);
    assertThat(files(again)).isEqualTo(files(site));
  }

  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString(),
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }
}
