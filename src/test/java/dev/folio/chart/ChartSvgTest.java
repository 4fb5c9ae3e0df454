package dev.folio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every kind of chart, drawn from small inputs: accessible, deterministic, responsive, no inline
 * styles, and no label drawn past the edge of the SVG (by the chart's own measure).
 */
class ChartSvgTest {
  private static final Chart.Axis COUNT = new Chart.Axis("Parameters", true, v -> (long) v + "");
  private static final Chart.ErrataLegend LEGEND =
      new Chart.ErrataLegend("Published", "Corrected", "Unconfirmed");

  static List<Chart> charts() {
    return List.of(
        new BarsChart.Bars(
            "chart-bars",
            "Months to 100M users",
            "Bars & <more>",
            List.of(
                new BarsChart.Bar("ChatGPT", 2, "2", true),
                new BarsChart.Bar("谷歌翻译（Google Translate）", 78, "78", false)),
            new Chart.Axis("Months", false, v -> String.valueOf((int) v))),
        new DotsChart.Dots(
            "chart-dots",
            "Parameters",
            "Dots",
            List.of(
                new DotsChart.DotRow("GPT3", "OpenAI", 1.75e11, null, false, "175", null),
                new DotsChart.DotRow("LLaMA", "Meta", 6.5e11, 6.5e10, false, "650", "65"),
                new DotsChart.DotRow("混元", "腾讯", 1e11, null, true, "100 (unconfirmed)", null)),
            COUNT,
            LEGEND),
        new TimelineChart.Timeline(
            "chart-timeline",
            "Events",
            "Timeline",
            List.of(
                new TimelineChart.Lane(
                    "Google",
                    List.of(
                        new TimelineChart.Event(
                            LocalDate.of(2023, 1, 28), null, "Released MusicLM"),
                        new TimelineChart.Event(
                            LocalDate.of(2023, 1, 30),
                            LocalDate.of(2023, 2, 3),
                            "Invested about US$300 million in Anthropic"))),
                new TimelineChart.Lane(
                    "百度",
                    List.of(
                        new TimelineChart.Event(
                            LocalDate.of(2023, 1, 10), null, "将于3月在中国推出人工智能机器人")))),
            (date, unit) -> date.toString(),
            LEGEND),
        new GridChart.Grid(
            "chart-grid",
            "Roadmap",
            "Grid",
            List.of("TEXT", "CODE"),
            List.of("2020", "2022", "2025?"),
            List.of(
                new GridChart.GridCell(0, 0, "Basic copy writing", 0),
                new GridChart.GridCell(1, 2, "Text to product (draft)", 2)),
            List.of(
                new GridChart.Level(1, "First attempts"),
                new GridChart.Level(2, "Almost there"),
                new GridChart.Level(0, "Unstated"))),
        new HypeCycleChart.HypeCycle(
            "chart-hype",
            "Hype cycle",
            "Curve",
            List.of(
                new HypeCycleChart.Phase(
                    "Innovation trigger", List.of(new HypeCycleChart.Innovation("AGI", 3))),
                new HypeCycleChart.Phase(
                    "Peak",
                    List.of(
                        new HypeCycleChart.Innovation("Generative AI", 1),
                        new HypeCycleChart.Innovation("Foundation Models", 2))),
                new HypeCycleChart.Phase("Sliding", List.of()),
                new HypeCycleChart.Phase(
                    "Trough", List.of(new HypeCycleChart.Innovation("Deep Learning", 1))),
                new HypeCycleChart.Phase(
                    "Slope", List.of(new HypeCycleChart.Innovation("Computer Vision", 0))),
                new HypeCycleChart.Phase("Plateau", List.of())),
            List.of("< 2 years", "2 to 5 years", "5 to 10 years", "> 10 years")),
        new LinesChart.Lines(
            "chart-lines",
            "Growth",
            "Lines",
            new Chart.Axis("Years", false, v -> String.valueOf((int) v)),
            new Chart.Axis("Multiple", true, v -> "×" + (long) v),
            List.of(
                new LinesChart.Series(
                    "Compute",
                    "×750 every 2 years",
                    1,
                    false,
                    List.of(new LinesChart.Point(0, 1, true), new LinesChart.Point(2, 750, true))),
                new LinesChart.Series(
                    "DRAM bandwidth",
                    "×1.4",
                    3,
                    true,
                    List.of(new LinesChart.Point(0, 1, true), new LinesChart.Point(2, 1.4, true)))),
            List.of(new LinesChart.Rule(1, "ridge"))));
  }

  @Test
  void everyChartIsAnAccessibleImageWithItsTitleAndDescription() {
    for (Chart chart : charts()) {
      for (ChartSvg.Variant variant : ChartSvg.Variant.values()) {
        String svg = ChartSvg.render(chart, variant);
        String id = chart.id() + "-" + variant.key();
        assertThat(svg)
            .as(id)
            .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + id + "\"")
            .contains(
                "role=\"img\"",
                "aria-labelledby=\"" + id + "-title\"",
                "<title id=\"" + id + "-title\">" + chart.title() + "</title>",
                "<desc id=\"" + id + "-desc\">")
            .contains("viewBox=\"0 0 " + variant.width() + " ")
            .doesNotContain(
                "style=",
                "<script",
                "width=\"" + variant.width() + "\"",
                "NaN",
                "Infinity",
                "E-",
                "E+")
            .endsWith("</svg>\n");
      }
    }
    assertThat(ChartSvg.render(charts().get(0), ChartSvg.Variant.WIDE))
        .contains("Bars &amp; &lt;more&gt;");
  }

  /**
   * The attribute {@code name} of the first element that matches {@code pattern} after {@code
   * from}.
   */
  private static double attribute(String svg, String element, String name) {
    Matcher m = Pattern.compile(element + "[^>]*? " + name + "=\"([-0-9.]+)\"").matcher(svg);
    assertThat(m.find()).as(element + " " + name + " in " + svg).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void aValueRevisedSinceTheReportIsRingedWhereItIsDrawn() {
    Chart.Axis months = new Chart.Axis("Months", false, v -> String.valueOf((int) v));
    String bars =
        ChartSvg.render(
            new BarsChart.Bars(
                "bars",
                "Bars",
                "Revised",
                List.of(
                    new BarsChart.Bar("A", 2, "2", false, false),
                    new BarsChart.Bar("B", 78, "78", false, true)),
                months),
            ChartSvg.Variant.WIDE);
    assertThat(bars.split("class=\"chart-revised\"", -1)).hasSize(2);
    // The ring sits at the end of the second bar, on its middle.
    String second = bars.substring(bars.indexOf("<rect", bars.indexOf("<rect") + 1));
    double x = attribute(second, "<rect", "x");
    double width = attribute(second, "<rect", "width");
    double y = attribute(second, "<rect", "y");
    double height = attribute(second, "<rect", "height");
    String ring = bars.substring(bars.indexOf("<circle"));
    assertThat(attribute(ring, "<circle", "cx")).isCloseTo(x + width, within(0.11));
    assertThat(attribute(ring, "<circle", "cy")).isCloseTo(y + height / 2, within(0.11));

    String dots =
        ChartSvg.render(
            new DotsChart.Dots(
                "dots",
                "Dots",
                "Revised",
                List.of(
                    new DotsChart.DotRow("A", null, 10, null, false, "10", null, true),
                    new DotsChart.DotRow("B", null, 20, null, false, "20", null, false)),
                months,
                LEGEND),
            ChartSvg.Variant.NARROW);
    String dot = dots.substring(dots.indexOf("class=\"chart-dot\"") - 80);
    String dotRing = dots.substring(dots.indexOf("<circle", dots.indexOf("class=\"chart-dot\"")));
    assertThat(attribute(dotRing, "<circle", "cx")).isEqualTo(attribute(dot, "<circle", "cx"));
    assertThat(dotRing).startsWith("<circle").contains("chart-revised");

    String lines =
        ChartSvg.render(
            new LinesChart.Lines(
                "lines",
                "Lines",
                "Revised",
                months,
                months,
                List.of(
                    new LinesChart.Series(
                        "S",
                        null,
                        1,
                        false,
                        List.of(
                            new LinesChart.Point(0, 1, true, false),
                            new LinesChart.Point(2, 5, true, true)))),
                List.of()),
            ChartSvg.Variant.WIDE);
    assertThat(lines.split("class=\"chart-revised\"", -1)).hasSize(2);
    String points = lines.substring(lines.indexOf("chart-point"));
    String secondPoint = points.substring(points.indexOf("<circle"));
    String lineRing = lines.substring(lines.lastIndexOf("<circle", lines.indexOf("chart-revised")));
    assertThat(attribute(lineRing, "<circle", "cx"))
        .isEqualTo(attribute(secondPoint, "<circle", "cx"));
    assertThat(attribute(lineRing, "<circle", "cy"))
        .isEqualTo(attribute(secondPoint, "<circle", "cy"));
  }

  @Test
  void theSameChartAlwaysGivesTheSameBytes() {
    for (Chart chart : charts()) {
      assertThat(ChartSvg.render(chart, ChartSvg.Variant.WIDE))
          .isEqualTo(ChartSvg.render(chart, ChartSvg.Variant.WIDE));
    }
  }

  @Test
  void noLabelStartsOrEndsOutsideTheSvgByTheChartsOwnMeasure() {
    for (Chart chart : charts()) {
      for (ChartSvg.Variant variant : ChartSvg.Variant.values()) {
        assertThat(labelsOutside(ChartSvg.render(chart, variant)))
            .as(chart.id() + " " + variant)
            .isEmpty();
      }
    }
  }

  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([\\d.]+) ([\\d.]+)\"");
  private static final Pattern FONT = Pattern.compile("font-size=\"([\\d.]+)\"");
  private static final Pattern LINE =
      Pattern.compile("<(?:text|tspan) x=\"([-\\d.]+)\" y=\"([-\\d.]+)\"([^>]*)>([^<]*)<");

  /**
   * The lines of text that would reach past the SVG's edges at their estimated width: the SVG
   * writes one element per line, so the font size in force is the innermost group's.
   */
  static List<String> labelsOutside(String svg) {
    Matcher size = VIEW_BOX.matcher(svg);
    assertThat(size.find()).isTrue();
    double width = Double.parseDouble(size.group(1));
    double height = Double.parseDouble(size.group(2));
    Deque<Double> fonts = new ArrayDeque<>();
    List<String> outside = new ArrayList<>();
    for (String line : svg.split("\n")) {
      Matcher font = FONT.matcher(line);
      double inherited = fonts.isEmpty() ? 12 : fonts.peek();
      if (line.startsWith("<g") || line.startsWith("<svg")) {
        fonts.push(font.find() ? Double.parseDouble(font.group(1)) : inherited);
        continue;
      }
      if (line.startsWith("</g>")) {
        fonts.pop();
        continue;
      }
      if (!line.startsWith("<text")) {
        continue;
      }
      double own = font.find() ? Double.parseDouble(font.group(1)) : inherited;
      String anchor =
          line.contains("text-anchor=\"end\"")
              ? "end"
              : line.contains("text-anchor=\"middle\"") ? "middle" : "start";
      Matcher m = LINE.matcher(line);
      while (m.find()) {
        if (m.group(4).isEmpty()) {
          continue;
        }
        double x = Double.parseDouble(m.group(1));
        double y = Double.parseDouble(m.group(2));
        double w =
            TextMetrics.width(
                m.group(4)
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\""),
                own);
        double x0 = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
        if (x0 < -0.5
            || x0 + w > width + 0.5
            || y - TextMetrics.ASCENT * own < -0.5
            || y + TextMetrics.DESCENT * own > height + 0.5) {
          outside.add(m.group(4) + " at " + x + "," + y);
        }
      }
    }
    return outside;
  }

  @Test
  void theHypeCycleHasItsSixPhasesAndTheCurveItsPeakBeforeItsTrough() {
    assertThatThrownBy(() -> new HypeCycleChart.HypeCycle("x", "t", "d", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    double peak = HypeCycleChart.curve(0.31);
    assertThat(peak)
        .isGreaterThan(HypeCycleChart.curve(0.1))
        .isGreaterThan(HypeCycleChart.curve(1.0));
    assertThat(HypeCycleChart.curve(0.58)).isLessThan(HypeCycleChart.curve(0.9));
  }

  @Test
  void unstatedGridCellsAreHatchedAndOutlinedUnlikeAnyLevel() {
    String svg = ChartSvg.render(charts().get(3), ChartSvg.Variant.WIDE);
    assertThat(svg)
        .contains("<pattern id=\"chart-grid-wide-hatch\"")
        .contains("fill=\"url(#chart-grid-wide-hatch)\" class=\"chart-cell-unstated\"")
        .contains("class=\"chart-cell chart-level-2\"");
    assertThat(ChartSvg.render(charts().get(3), ChartSvg.Variant.NARROW))
        .contains("<pattern id=\"chart-grid-narrow-hatch\"");
  }
}
