package dev.folio.report;

import static dev.folio.report.ReportSite.footnotes;
import static dev.folio.report.ReportSite.row;
import static dev.folio.report.ReportSite.rowWith;
import static dev.folio.report.ReportSite.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.HtmlChecker;
import dev.folio.testing.SiteLinks;
import dev.folio.testing.SiteSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the report's site must show however its data files are updated: the report as published (its
 * sections, authors and date, its tables' printed figures and the errata on them, the verdicts on
 * its cost table), properties every table and chart keeps, and the advert's absence. Nothing here
 * counts rows or pins a figure an analyst may add or update.
 *
 * <p>{@link ReportSiteTest} holds the real report to it; {@link AnalystEditsTest} holds it to
 * copies of the report that analysts have edited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportContract {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The report's sections: page, section number, heading as printed. */
  private static final List<Object[]> SECTIONS =
      List.of(
          new Object[] {"", 1, "从ChatGPT看AI技术变革&产业化"},
          new Object[] {"adoption/", 2, "ChatGPT在全球市场快速流行"},
          new Object[] {"innovation/", 3, "ChatGPT创新: 工程实践, 高数据质量+RLHF"},
          new Object[] {"limitations/", 4, "ChatGPT局限性：数据实时性、问答准确性、计算成本等"},
          new Object[] {"hype-cycle/", 5, "生成式AI技术成熟度"},
          new Object[] {"model-evolution/", 6, "科技巨头技术储备"},
          new Object[] {"llm-models/", 7, "部分科技企业大语言模型（LLM）列表"},
          new Object[] {"arms-race/", 8, "ChatGPT影响：科技巨头军备竞赛"},
          new Object[] {"aigc/", 9, "ChatGPT影响： AI生成内容时代到来"},
          new Object[] {"aigc-roadmap/", 10, "AIGC能力进化预测"},
          new Object[] {"industrialisation/", 11, "ChatGPT影响: AI产业化进程加速"},
          new Object[] {"chips/", 12, "芯片：技术进步持续落后于需求增长"});

  ReportSite site;

  /** Builds the report under test into {@code dir} and says where its source and site are. */
  abstract ReportSite build(Path dir) throws IOException;

  @BeforeAll
  void buildTheReport(@TempDir Path dir) throws IOException {
    site = build(dir);
  }

  @Test
  void everySectionOfTheReportIsAPageInEveryLanguageWithItsNumberAndHeading() {
    for (Object[] section : SECTIONS) {
      for (String lang : ReportSite.LANGUAGES) {
        Document page = site.page(lang + "/" + section[0]);
        assertThat(page.select("nav.site-nav [aria-current=page] .section-number").text())
            .as(lang + "/" + section[0])
            .isEqualTo(section[1].toString());
        if (lang.equals("zh")) {
          assertThat(page.selectFirst("h1").text()).isEqualTo(section[2]);
        }
      }
    }
  }

  @Test
  void everyPageNamesTheReportsAuthorInstitutionAndDate() {
    for (String lang : ReportSite.LANGUAGES) {
      for (String file : site.htmlFiles(lang)) {
        if (isEmbed(file)) {
          continue;
        }
        String path = file.replaceFirst("index\\.html$", "");
        String footer = site.page(lang + "/" + path).select("footer").text();
        if (lang.equals("zh")) {
          assertThat(footer).as(lang + "/" + path).contains("陈俊云", "中信证券", "2023年3月1日");
        } else {
          assertThat(footer)
              .as(lang + "/" + path)
              .contains("Chen Junyun", "CITIC Securities", "1 March 2023");
        }
      }
    }
  }

  @Test
  void theLlmTableKeepsTheReportsNineModelsAsPrintedWithTheirErrata() {
    Document zh = site.page("zh/llm-models/");
    assertThat(row(zh, "llm-models", "OpenAI", "GPT3", "1750亿")).isNotEmpty();
    assertThat(row(zh, "llm-models", "谷歌", "LaMDA", "1370亿")).isNotEmpty();
    assertThat(row(zh, "llm-models", "Meta", "LLaMA", "6500亿 → 650亿")).isNotEmpty();
    assertThat(row(zh, "llm-models", "华为", "盘古", "2000亿")).isNotEmpty();
    assertThat(String.join(" ", rowWith(zh, "llm-models", "Megatron-LM")))
        .startsWith("微软&英伟达 Megatron-LM → Megatron-Turing NLG")
        .endsWith("5300亿");
    assertThat(row(zh, "llm-models", "阿里巴巴", "M6", "10万亿")).isNotEmpty();
    assertThat(row(zh, "llm-models", "百度", "文心", "2600亿")).isNotEmpty();
    assertThat(row(zh, "llm-models", "腾讯", "混元", "1000亿")).isNotEmpty();
    assertThat(row(zh, "llm-models", "DeepMind", "Sparrow", "700亿")).isNotEmpty();
    Document en = site.page("en/llm-models/");
    assertThat(row(en, "llm-models", "Meta", "LLaMA", "650 billion → 65 billion")).isNotEmpty();
    assertThat(footnotes(en, "llm-models")).contains("arXiv 2302.13971", "HunYuan-NLP 1T");
  }

  @Test
  void theEventsTableReadsTheMergedCompanyCellsAsPrintedWithTheAnthropicDateCorrected() {
    Document zh = site.page("zh/arms-race/");
    assertThat(rowWith(zh, "ai-events", "MusicLM").get(0)).isEqualTo("谷歌");
    assertThat(rowWith(zh, "ai-events", "生成式搜索").get(0)).isEqualTo("百度");
    assertThat(rowWith(zh, "ai-events", "第三轮投资").get(0)).isEqualTo("微软");
    Document en = site.page("en/arms-race/");
    assertThat(rowWith(en, "ai-events", "Anthropic"))
        .containsSubsequence("Google", "30 Jan 2023 → 3 Feb 2023");
  }

  @Test
  void thePublishedCostTableKeepsEveryPrintedFigureAndShowsTheCorrections() {
    Element zh = table(site.page("zh/limitations/"), "cost-published");
    assertThat(zh.select("tbody").text())
        .contains(
            "2.61E+11",
            "0.064",
            "1.7*10⁻⁴",
            "367",
            "0.015",
            "320 → 312.5",
            "12.22 → 12.79",
            "5 → 2.5",
            "4.8 → 16.3",
            "2.7");
  }

  @Test
  void theReportsCostTableIsRecomputedWithAVerdictOnEveryPrintedFigure() {
    Document en = site.page("en/limitations/");
    assertThat(rowWith(en, "cost-reproduction", "2.61E+11")).contains("reproduced", "-0.031%");
    assertThat(rowWith(en, "cost-reproduction", "320")).contains("312.5", "contradicted", "-2.3%");
    assertThat(rowWith(en, "cost-reproduction", "12.22")).contains("12.79", "contradicted", "4.7%");
    assertThat(rowWith(en, "cost-reproduction", "0.015")).contains("not derivable");
    assertThat(rowWith(en, "cost-hardware-check", "Peak with 2:4 structured sparsity"))
        .contains("matches");
    assertThat(rowWith(en, "cost-hardware-check", "NVLink interconnect")).contains("matches");
    assertThat(rowWith(en, "cost-hardware-check", "Memory (HBM) bandwidth"))
        .contains("does not match");
  }

  @Test
  void everyCorrectedFigureShowsBothValuesAndItsSource() {
    forEveryTable(
        (where, figure) -> {
          for (Element corrected : figure.select("tbody .corrected")) {
            Element cell = corrected.parent();
            assertThat(cell.select(".published").text()).as(where).isNotBlank();
            assertThat(corrected.text()).as(where).startsWith("→ ").hasSizeGreaterThan(2);
            Element ref = cell.selectFirst("a.footnote-ref");
            assertThat(ref).as(where + ": the footnote of " + cell.text()).isNotNull();
            Element note = figure.getElementById(ref.attr("href").substring(1));
            assertThat(note).as(where + ": " + ref.attr("href")).isNotNull();
            assertThat(note.select(".erratum-label")).as(where + ": " + note.text()).hasSize(2);
            assertThat(note.select(".citation").text()).as(where + ": " + note.text()).isNotBlank();
          }
        });
  }

  @Test
  void everyTableShowsItsProvenanceAndLinksDownloadsThatExist() {
    forEveryTable(
        (where, figure) -> {
          assertThat(figure.select(".provenance").text()).as(where).isNotBlank();
          List<String> downloads = figure.select(".downloads a").eachAttr("href");
          assertThat(downloads).as(where).hasSize(2);
          for (String href : downloads) {
            assertThat(site.root().resolve(href.replaceFirst("^(\\.\\./)+", "")))
                .as(where + " → " + href)
                .isRegularFile();
          }
        });
  }

  @Test
  void everyChartHasASourceAndADataTableWithTheRowsOfItsDataFile() throws IOException {
    int charts = 0;
    for (String lang : ReportSite.LANGUAGES) {
      for (String file : site.htmlFiles(lang)) {
        if (isEmbed(file)) {
          continue;
        }
        Document page = site.page(lang + "/" + file.replaceFirst("index\\.html$", ""));
        for (Element chart : page.select("figure.chart")) {
          String where = lang + "/" + file + " #" + chart.id();
          assertThat(chart.select(".chart-source").text()).as(where).isNotBlank();
          assertThat(chart.select("svg[role=img]")).as(where).isNotEmpty();
          String json = chart.select(".downloads a[href$=.json]").attr("href");
          JsonNode data =
              JSON.readTree(
                  Files.readString(
                      site.root().resolve(json.replaceFirst("^(\\.\\./)+", "")),
                      StandardCharsets.UTF_8));
          assertThat(chart.select("details.chart-data tbody tr"))
              .as(where)
              .hasSize(data.get("rows").size());
          charts++;
        }
      }
    }
    assertThat(charts).as("charts in the report").isPositive();
  }

  /**
   * A chart's embed page ({@code charts/ID/embed/}), which another site's iframe shows: the chart
   * alone, its source under it, no footer or downloads (ChartFilesTest checks it).
   */
  private static boolean isEmbed(String file) {
    return file.matches(".*charts/[^/]+/embed/index\\.html");
  }

  @Test
  void everyDataFileCanBeDownloadedAsJsonAndCsv() throws IOException {
    try (Stream<Path> data =
        Stream.concat(
            Files.list(site.source().resolve("content/data")),
            Files.list(ReportSite.file(site.source(), "content/data/llm-models.yaml").getParent())
                .filter(file -> !file.getParent().equals(site.source().resolve("content/data"))))) {
      for (Path file : data.toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.(yaml|yml|json)$", "");
        assertThat(site.root().resolve("data/" + name + ".json")).isRegularFile();
        assertThat(site.root().resolve("data/" + name + ".csv")).isRegularFile();
      }
    }
  }

  @Test
  void everyPageExistsInEveryLanguageAtTheSamePath() {
    assertThat(site.htmlFiles("en"))
        .isEqualTo(site.htmlFiles("zh"))
        .contains("index.html", "contents/index.html");
  }

  @Test
  void everyPageIsValidHtml() {
    List<String> problems = HtmlChecker.get().checkSite(site.root());
    assertThat(problems)
        .withFailMessage("HTML checker errors:%n%s", String.join("\n", problems))
        .isEmpty();
  }

  @Test
  void everyLinkLeadsToAPageAndAnAnchorThatExist() {
    List<String> problems = new SiteLinks(site.root(), "/").checkEveryPage().problems();
    assertThat(problems)
        .withFailMessage("broken links:%n%s", String.join("\n", problems))
        .isEmpty();
  }

  @Test
  void theEbookSitesAdvertIsNeverPublished() {
    for (String file : SiteSnapshot.of(site.root()).keySet()) {
      try {
        String text = Files.readString(site.root().resolve(file), StandardCharsets.UTF_8);
        assertThat(text).as(file).doesNotContain("shgis", "电子书学习和下载", "手机端请扫码");
      } catch (MalformedInputException binary) {
        // not text
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Calls {@code check} with every data table of every page, and where it is. */
  private void forEveryTable(BiConsumer<String, Element> check) {
    List<String> seen = new ArrayList<>();
    for (String lang : ReportSite.LANGUAGES) {
      for (String file : site.htmlFiles(lang)) {
        Document page = site.page(lang + "/" + file.replaceFirst("index\\.html$", ""));
        for (Element figure : page.select("figure.data-table")) {
          String where = lang + "/" + file + " #" + figure.id();
          check.accept(where, figure);
          seen.add(where);
        }
      }
    }
    assertThat(seen).as("tables in the report").isNotEmpty();
  }
}
