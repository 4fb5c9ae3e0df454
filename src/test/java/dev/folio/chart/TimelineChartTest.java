package dev.folio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A timeline survives an update: the report's six events of early 2023 and two of 2024 (the fixture
 * {@code overlays/events-in-2024}) draw in both languages and both layouts with no label over
 * another, no dot over another, every correction's arrow, and no label cut short.
 */
@NeedsTeaVm
class TimelineChartTest {
  @TempDir static Path dir;
  static Map<String, String> charts;

  @BeforeAll
  static void buildTheUpdatedReport() throws Exception {
    Path project = TestSites.prepare(dir.resolve("project"), "report");
    TestSites.apply(project, TestSites.resources().resolve("overlays/events-in-2024"));
    Path site = dir.resolve("site");
    Folio.build(project, site);
    charts = ChartGoldenTest.charts(site);
  }

  private static SvgGeometry events(String name) {
    assertThat(charts).containsKey(name);
    return new SvgGeometry(charts.get(name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "zh/ai-events-wide.svg",
        "zh/ai-events-narrow.svg",
        "en/ai-events-wide.svg",
        "en/ai-events-narrow.svg"
      })
  void eightEventsOverYearsDrawWithNoLabelOrDotOverAnother(String name) {
    SvgGeometry chart = events(name);
    assertThat(chart.overlappingTexts()).as(name + ": text on text").isEmpty();
    assertThat(chart.overlappingDots()).as(name + ": dot on dot").isEmpty();
    // Eight events, one of them corrected: eight dots and the corrected date's.
    assertThat(chart.dots).hasSize(9);
    assertThat(chart.texts).noneMatch(t -> t.text().contains(TextMetrics.ELLIPSIS));
    assertThat(charts.get(name)).contains("Gemini", "Mistral AI", "Anthropic");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "zh/ai-events-wide.svg",
        "zh/ai-events-narrow.svg",
        "en/ai-events-wide.svg",
        "en/ai-events-narrow.svg"
      })
  void everyCorrectionHasItsArrowFromTheReportsDateToTheSourcesDate(String name) {
    SvgGeometry chart = events(name);
    List<SvgGeometry.Dot> published =
        chart.dots.stream().filter(d -> d.cssClass().equals("chart-dot-published")).toList();
    List<SvgGeometry.Dot> corrected =
        chart.dots.stream().filter(d -> d.cssClass().equals("chart-dot-corrected")).toList();
    assertThat(published).hasSize(1);
    assertThat(corrected).hasSize(1);
    assertThat(chart.arrows()).hasSize(1);
    SvgGeometry.Arrow arrow = chart.arrows().get(0);
    SvgGeometry.Dot from = published.get(0);
    SvgGeometry.Dot to = corrected.get(0);
    // The line leaves the published dot and its head points at the corrected one, with a line
    // of some length between dot and head.
    assertThat(Math.hypot(arrow.x1() - from.cx(), arrow.y1() - from.cy())).isLessThan(from.r() + 2);
    assertThat(Math.hypot(arrow.tipX() - to.cx(), arrow.tipY() - to.cy())).isLessThan(to.r() + 2);
    double line = Math.hypot(arrow.x2() - arrow.x1(), arrow.y2() - arrow.y1());
    assertThat(line).isGreaterThanOrEqualTo(4);
    double towards =
        (arrow.x2() - arrow.x1()) * (to.cx() - from.cx())
            + (arrow.y2() - arrow.y1()) * (to.cy() - from.cy());
    assertThat(towards)
        .as("the arrow points from the published to the corrected date")
        .isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void theAxisIsBrokenBetweenTheYearsAndNamesTheYearOnEachSide(String lang) {
    for (String layout : List.of("wide", "narrow")) {
      String name = lang + "/ai-events-" + layout + ".svg";
      SvgGeometry chart = events(name);
      assertThat(charts.get(name)).as(name).contains("chart-axis-break");
      List<String> ticks = chart.axes.get(0);
      assertThat(ticks).as(name).doesNotHaveDuplicates();
      assertThat(ticks.stream().filter(t -> t.contains("2023"))).as(name).isNotEmpty();
      assertThat(ticks.stream().filter(t -> t.contains("2024"))).as(name).isNotEmpty();
    }
  }

  @Test
  void theSixEventsOf2023KeepMostOfTheWidthBesideTwoOf2024() {
    SvgGeometry chart = events("en/ai-events-wide.svg");
    List<Double> xs = chart.dots.stream().map(SvgGeometry.Dot::cx).sorted().toList();
    // Dots in date order: the 2023 ones (seven with the corrected date) then 2024's two.
    double spread2023 = xs.get(6) - xs.get(0);
    assertThat(spread2023).isGreaterThan(720 / 3.0);
  }
}
