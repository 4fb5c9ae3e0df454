package dev.folio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.HtmlTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Axes read as the data means: no two ticks of an axis show the same label (for every kind of
 * chart, on the chart-kinds fixture), ticks on whole-number data are whole numbers, and years are
 * never grouped or rounded, on the axis or in the table.
 */
class TickLabelsTest {
  private static final Pattern GROUP =
      Pattern.compile("(?s)<g class=\"chart-tick-labels\"[^>]*>(.*?)</g>");
  private static final Pattern TEXT = Pattern.compile(">([^<>]+)</text>");

  @TempDir static Path dir;
  private static Path site;

  @BeforeAll
  static void build() {
    site = dir.resolve("site");
    Folio.buildFixture("chart-kinds", site);
  }

  private static Document page(String lang) throws IOException {
    return Jsoup.parse(
        Files.readString(site.resolve(lang + "/index.html"), StandardCharsets.UTF_8));
  }

  /** Each axis's tick labels, in order, of one SVG. */
  private static List<List<String>> axes(String svg) {
    List<List<String>> axes = new ArrayList<>();
    Matcher group = GROUP.matcher(svg);
    while (group.find()) {
      List<String> labels = new ArrayList<>();
      Matcher text = TEXT.matcher(group.group(1));
      while (text.find()) {
        labels.add(text.group(1));
      }
      axes.add(labels);
    }
    return axes;
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void noAxisOfAnyChartShowsTheSameLabelTwice(String lang) throws IOException {
    List<Element> svgs = page(lang).select("svg.chart-svg");
    assertThat(svgs).hasSizeGreaterThanOrEqualTo(7 * 2);
    for (Element svg : svgs) {
      for (List<String> labels : axes(svg.outerHtml())) {
        assertThat(labels).as(svg.id()).doesNotHaveDuplicates();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void yearsAreDistinctWholeYearsOnTheAxisAndUngroupedInTheTable(String lang) throws IOException {
    Document page = page(lang);
    for (String layout : List.of("wide", "narrow")) {
      Element svg = page.getElementById("chart-prices-" + layout);
      List<String> years = axes(svg.outerHtml()).get(1);
      assertThat(years)
          .as(layout)
          .hasSizeGreaterThanOrEqualTo(3)
          .allMatch(y -> y.matches("20\\d\\d"));
      for (int i = 1; i < years.size(); i++) {
        assertThat(Integer.parseInt(years.get(i)))
            .isGreaterThan(Integer.parseInt(years.get(i - 1)));
      }
    }
    Element table = page.getElementById("table-prices");
    assertThat(HtmlTables.rows(table).stream().map(row -> row.get(1).text()))
        .containsExactly("2015", "2017", "2020", "2023", "2015", "2023");
    // A column's precision holds for every cell, so that the column lines up.
    assertThat(HtmlTables.rows(table).stream().map(row -> row.get(2).text()))
        .containsExactly("0.0268", "0.0280", "0.0322", "0.0380", "0.0600", "0.0915");
    assertThat(HtmlTables.rows(table).stream().map(row -> row.get(4).text()))
        .allMatch(s -> s.matches("\\d+\\.\\d\\d"));
    // The year is each row's own heading (th) where rows share their series (grouped).
    assertThat(table.select("tbody td.numeric, tbody th.numeric")).hasSize(6 * 4);
  }

  @Test
  void anIntegerAxisOverAFewYearsTicksEveryYearAndNeverHalfOne() {
    LinesChart.Lines lines =
        new LinesChart.Lines(
            "years",
            "Years",
            "Over a few years",
            new Chart.Axis("Year", false, v -> Double.toString(v), null, true),
            new Chart.Axis("Value", false, v -> Double.toString(v)),
            List.of(
                new LinesChart.Series(
                    "A",
                    "3",
                    1,
                    false,
                    List.of(
                        new LinesChart.Point(2020, 1, true),
                        new LinesChart.Point(2021, 2, true),
                        new LinesChart.Point(2022, 3, true)))),
            List.of());
    for (ChartSvg.Variant variant : ChartSvg.Variant.values()) {
      List<String> years = axes(ChartSvg.render(lines, variant)).get(1);
      assertThat(years)
          .as(variant.key())
          .contains("2020.0", "2022.0")
          .allMatch(y -> y.endsWith(".0"));
    }
  }
}
