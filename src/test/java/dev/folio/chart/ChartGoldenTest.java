package dev.folio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chart of the report fixture ({@code sites/report}), in both languages and both layouts,
 * compared byte for byte with {@code golden/charts/<lang>/<chart>-<layout>.svg}, so that a change
 * to a chart is a diff a reviewer can read (and open: the files are standalone SVG). Regenerate
 * with {@code mvn -B -P update-golden test} (never in CI).
 */
@NeedsTeaVm
class ChartGoldenTest {
  private static final Path GOLDEN = TestSites.resources().resolve("golden/charts");
  private static final Pattern SVG =
      Pattern.compile(
          "(?s)<svg xmlns=\"http://www.w3.org/2000/svg\""
              + " id=\"chart-([a-z0-9-]+)-(wide|narrow)\".*?</svg>\n");

  @TempDir static Path dir;
  static Map<String, String> charts;

  @BeforeAll
  static void buildTheReport() throws IOException {
    Path site = dir.resolve("site");
    Folio.buildFixture("report", site);
    charts = charts(site);
  }

  /** {@code zh/app-adoption-wide.svg} → the SVG, for every chart on every report page. */
  static Map<String, String> charts(Path site) throws IOException {
    Map<String, String> charts = new TreeMap<>();
    for (String lang : List.of("zh", "en")) {
      try (Stream<Path> walk = Files.walk(site.resolve(lang))) {
        // Each chart's own page and embed (charts/ID/) show the drawing its report page has.
        Path chartPages = site.resolve(lang).resolve("charts");
        for (Path page :
            walk.filter(p -> p.toString().endsWith(".html") && !p.startsWith(chartPages))
                .sorted()
                .toList()) {
          Matcher m = SVG.matcher(Files.readString(page, StandardCharsets.UTF_8));
          while (m.find()) {
            String name = lang + "/" + m.group(1) + "-" + m.group(2) + ".svg";
            assertThat(charts).as("a chart placed twice in " + lang).doesNotContainKey(name);
            charts.put(name, m.group());
          }
        }
      }
    }
    return charts;
  }

  @Test
  void everyChartMatchesItsReviewedGoldenFile() throws IOException {
    assertThat(charts).as("charts in the report").hasSizeGreaterThanOrEqualTo(7 * 2 * 2);
    if (Boolean.getBoolean("folio.updateGolden")) {
      assertThat(System.getenv("CI")).as("golden files are never regenerated in CI").isNull();
      if (Files.exists(GOLDEN)) {
        TestSites.deleteTree(GOLDEN);
      }
      for (Map.Entry<String, String> chart : charts.entrySet()) {
        Path file = GOLDEN.resolve(chart.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, chart.getValue(), StandardCharsets.UTF_8);
      }
    }
    List<String> expected = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(GOLDEN)) {
      walk.filter(Files::isRegularFile)
          .forEach(p -> expected.add(GOLDEN.relativize(p).toString().replace('\\', '/')));
    }
    assertThat(charts.keySet())
        .as("charts drawn (missing or unexpected against golden/charts)")
        .containsExactlyInAnyOrderElementsOf(expected);
    List<String> differing = new ArrayList<>();
    for (String name : expected) {
      if (!Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8)
          .equals(charts.get(name))) {
        differing.add(name);
      }
    }
    assertThat(differing)
        .as(
            "charts that differ from golden/charts; review the diff, then"
                + " regenerate with mvn -P update-golden test")
        .isEmpty();
  }

  @Test
  void noLabelOfARealChartReachesPastItsEdgesByTheChartsOwnMeasure() {
    charts.forEach((name, svg) -> assertThat(ChartSvgTest.labelsOutside(svg)).as(name).isEmpty());
  }

  @Test
  void everyChartIsInBothLanguagesAndBothLayouts() {
    for (String name : charts.keySet()) {
      String chart = name.substring(3).replaceFirst("-(wide|narrow)\\.svg$", "");
      for (String lang : List.of("zh", "en")) {
        for (String layout : List.of("wide", "narrow")) {
          assertThat(charts).containsKey(lang + "/" + chart + "-" + layout + ".svg");
        }
      }
    }
    assertThat(charts.get("zh/app-adoption-wide.svg"))
        .contains("<title id=\"chart-app-adoption-wide-title\">ChatGPT 只用 2 个月就达到 1 亿用户</title>");
    assertThat(charts.get("en/app-adoption-wide.svg"))
        .contains("Google Translate")
        .contains("class=\"chart-bar chart-highlight\"");
  }
}
