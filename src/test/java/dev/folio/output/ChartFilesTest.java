package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every chart travels as Our World in Data's do: it has its own page in every language (the chart,
 * its description, source, data and notes), an SVG and a PNG at twice its size with its number,
 * title, source and licence drawn in, and an embed page with the code that embeds it; the figures
 * on the report's pages link them all, numbered the same in every language. On the chart-kinds
 * fixture: one chart of every kind.
 */
class ChartFilesTest {
  private static final List<String> CHARTS =
      List.of("adoption", "parameters", "releases", "roadmap", "hype", "users", "prices");

  @TempDir static Path dir;
  private static Path site;

  @BeforeAll
  static void build() {
    site = dir.resolve("site");
    Folio.buildFixture("chart-kinds", site, "--base-url", "https://example.org/folio/");
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void everyChartHasItsPageWithTheChartItsDataAndItsEmbedCode(String lang) throws IOException {
    for (String id : CHARTS) {
      String folder = lang + "/charts/" + id + "/";
      Document page = page(folder + "index.html");
      assertThat(page.select("figure.chart svg.chart-svg")).as(id).hasSize(2);
      assertThat(page.select(".chart-page-data table tbody tr")).as(id).isNotEmpty();
      assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo("https://example.org/folio/" + folder);
      String code = page.selectFirst(".embed-code").text();
      assertThat(code)
          .startsWith("<iframe src=\"https://example.org/folio/" + folder + "embed/\"")
          .contains("loading=\"lazy\"", "aspect-ratio")
          .endsWith("></iframe>");
      Document embed = page(folder + "embed/index.html");
      assertThat(embed.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
      assertThat(embed.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo("https://example.org/folio/" + folder);
      assertThat(embed.select("svg.chart-svg")).hasSize(2);
      assertThat(embed.select("nav, .site-header")).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void everyChartHasAnSvgAndAPngAtTwiceItsSizeWithItsWordsDrawnIn(String lang) throws Exception {
    for (String id : CHARTS) {
      Path svg = site.resolve(lang + "/charts/" + id + "/" + id + ".svg");
      String text = Files.readString(svg);
      // Well-formed XML, sized, its colours written in, its number and source drawn in.
      var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
      int width = (int) Double.parseDouble(xml.getDocumentElement().getAttribute("width"));
      assertThat(width).as(id).isGreaterThan(700);
      assertThat(text).as(id).contains("fill=\"#").doesNotContain("var(--");
      assertThat(text).as(id).contains(lang.equals("zh") ? "图" : "Figure ");
      assertThat(text).as(id).contains(lang.equals("zh") ? "来源：" : "Source: ");
      assertThat(text).as(id).contains("https://example.org/folio/" + lang + "/charts/" + id + "/");
      Path png = site.resolve(lang + "/charts/" + id + "/" + id + ".png");
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image).as(id).isNotNull();
      assertThat(image.getWidth()).as(id).isEqualTo(2 * width);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aChartThatLeavesRowsOutSaysHowManyWhichAndWhy(String lang) throws IOException {
    Document page = page(lang + "/index.html");
    List<String> notes = page.select("#chart-parameters .chart-omitted").eachText();
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0))
        .contains("GPT-4", "1")
        .contains(lang.equals("en") ? "not disclosed" : "未披露");
    // The other charts draw every row and say nothing.
    assertThat(page.select(".chart-omitted")).hasSize(1);
  }

  @Test
  void theFiguresOnTheReportsPagesAreNumberedAlikeInEveryLanguageAndLinkTheirImages()
      throws IOException {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Element number : page("zh/index.html").select("figure.chart .figure-number")) {
      zh.add(number.text());
    }
    for (Element number : page("en/index.html").select("figure.chart .figure-number")) {
      en.add(number.text());
    }
    assertThat(zh).containsExactly("图1", "图2", "图3", "图4", "图5", "图6", "图7");
    assertThat(en)
        .containsExactly(
            "Figure 1", "Figure 2", "Figure 3", "Figure 4", "Figure 5", "Figure 6", "Figure 7");
    for (Element figure : page("en/index.html").select("figure.chart")) {
      String id = figure.id().substring("chart-".length());
      assertThat(figure.select(".downloads a").eachAttr("href"))
          .contains(
              "../en/charts/" + id + "/" + id + ".svg",
              "../en/charts/" + id + "/" + id + ".png",
              "../en/charts/" + id + "/");
    }
  }

  @Test
  void aChartsPageNamesThePageThatPlacesIt() throws IOException {
    Element placed = page("en/charts/users/index.html").selectFirst(".chart-placed a");
    Matcher href =
        Pattern.compile("^\\.\\./\\.\\./\\.\\./en/#chart-users$").matcher(placed.attr("href"));
    assertThat(href.find()).as(placed.attr("href")).isTrue();
  }
}
