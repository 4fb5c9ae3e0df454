package dev.folio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every chart of every kind on the fixtures (one of each kind on {@code chart-kinds}, the report's
 * on {@code report}, the three languages of {@code trilingual}), in every language and both
 * layouts, read back from its SVG: no line of text over another by the charts' own measure of text
 * ({@link TextMetrics}), and no axis showing the same tick label twice.
 */
@NeedsTeaVm
class ChartGeometryTest {
  private static final Pattern SVG =
      Pattern.compile(
          "(?s)<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"(chart-[a-z0-9-]+)\".*?</svg>\n");

  @TempDir static Path dir;

  /** {@code en/chart-prices-wide} → its SVG, for every chart on every page but a chart's own. */
  static Map<String, String> charts(String fixture) throws IOException {
    Path site = dir.resolve(fixture);
    Folio.buildFixture(fixture, site);
    Map<String, String> charts = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path page :
          walk.filter(p -> p.toString().endsWith(".html") && !p.toString().contains("/charts/"))
              .sorted()
              .toList()) {
        Matcher m = SVG.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
          charts.put(site.relativize(page).getName(0) + "/" + m.group(1), m.group());
        }
      }
    }
    return charts;
  }

  @ParameterizedTest
  @ValueSource(strings = {"chart-kinds", "report", "trilingual"})
  void noTextOfAnyChartOverlapsOtherTextAndNoAxisRepeatsATick(String fixture) throws IOException {
    Map<String, String> charts = charts(fixture);
    assertThat(charts).as(fixture).hasSizeGreaterThanOrEqualTo(2 * 3);
    if (fixture.equals("chart-kinds")) {
      assertThat(charts).hasSizeGreaterThanOrEqualTo(7 * 2 * 2);
    }
    assertThat(charts.keySet().stream().map(k -> k.substring(0, k.indexOf('/'))).distinct())
        .as("languages of " + fixture)
        .hasSizeGreaterThanOrEqualTo(2);
    List<String> problems = new ArrayList<>();
    int lines = 0;
    for (Map.Entry<String, String> entry : charts.entrySet()) {
      String name = entry.getKey();
      SvgGeometry chart = new SvgGeometry(entry.getValue());
      lines += chart.texts.size();
      chart.overlappingTexts().forEach(p -> problems.add(name + ": " + p));
      for (List<String> axis : chart.axes) {
        if (axis.stream().distinct().count() < axis.size()) {
          problems.add(name + ": an axis repeats a tick label: " + axis);
        }
      }
    }
    assertThat(lines).as("lines of text measured").isGreaterThan(charts.size() * 5);
    assertThat(problems).as(fixture).isEmpty();
  }

  @Test
  void theMeasureFindsTextOverTextAndATickLabelTwice() {
    String svg =
        """
        <svg xmlns="http://www.w3.org/2000/svg" id="chart-x-wide" viewBox="0 0 720 100" font-size="12">
        <g class="chart-tick-labels" font-size="11">
        <text x="100" y="50" class="chart-tick" text-anchor="middle">2023</text>
        <text x="200" y="50" class="chart-tick" text-anchor="middle">2023</text>
        </g>
        <g class="chart-mark-labels" font-size="11">
        <text x="300" y="20" class="chart-mark-label"><tspan x="300" y="20">Released</tspan><tspan x="300" y="34.3">MusicLM</tspan></text>
        <text x="330" y="40" class="chart-mark-label">Anthropic</text>
        <text x="400" y="20" class="chart-mark-label">clear of both</text>
        </g>
        </svg>
        """;
    SvgGeometry chart = new SvgGeometry(svg);
    assertThat(chart.axes).containsExactly(List.of("2023", "2023"));
    assertThat(chart.overlappingTexts())
        .singleElement()
        .asString()
        .contains("\"MusicLM\"", "\"Anthropic\"");
  }
}
