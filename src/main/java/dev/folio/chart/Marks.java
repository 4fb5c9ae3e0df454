package dev.folio.chart;

/**
 * Marks more than one kind draws: a dot, the arrow from a published value to its correction, across
 * or down the page, and the ring of a value revised since the report.
 */
final class Marks {
  /** A dot's radius. */
  static final double RADIUS = 4.5;

  private Marks() {}

  static void dot(Svg svg, double cx, double cy, String cssClass) {
    svg.leaf("circle", "cx", cx, "cy", cy, "r", RADIUS, "class", cssClass);
  }

  /**
   * The dashed ring around a value revised since the report was published (or a row added since),
   * as the note under the chart and its data table explain.
   */
  static void revised(Svg svg, double cx, double cy) {
    svg.leaf("circle", "cx", cx, "cy", cy, "r", RADIUS + 3, "class", "chart-revised");
  }

  /** The vertical arrow: from a dot at ({@code cx}, {@code from}) down or up to {@code to}. */
  static void arrowDown(Svg svg, double cx, double from, double to) {
    double direction = Math.signum(to - from);
    if (direction == 0) {
      return;
    }
    double start = from + direction * (RADIUS + 1);
    double tip = to - direction * (RADIUS + 1);
    double base = tip - direction * 6;
    svg.leaf("line", "x1", cx, "y1", start, "x2", cx, "y2", base, "class", "chart-arrow");
    svg.leaf(
        "path",
        "d",
        "M"
            + Svg.num(cx)
            + ","
            + Svg.num(tip)
            + "L"
            + Svg.num(cx - 3.5)
            + ","
            + Svg.num(base)
            + "L"
            + Svg.num(cx + 3.5)
            + ","
            + Svg.num(base)
            + "Z",
        "class",
        "chart-arrowhead");
  }

  /** A line from one dot towards another with an arrowhead touching the second dot. */
  static void arrow(Svg svg, double from, double to, double cy) {
    double direction = Math.signum(to - from);
    if (direction == 0) {
      return;
    }
    double start = from + direction * (RADIUS + 1);
    double tip = to - direction * (RADIUS + 1);
    double base = tip - direction * 6;
    svg.leaf("line", "x1", start, "y1", cy, "x2", base, "y2", cy, "class", "chart-arrow");
    svg.leaf(
        "path",
        "d",
        "M"
            + Svg.num(tip)
            + ","
            + Svg.num(cy)
            + "L"
            + Svg.num(base)
            + ","
            + Svg.num(cy - 3.5)
            + "L"
            + Svg.num(base)
            + ","
            + Svg.num(cy + 3.5)
            + "Z",
        "class",
        "chart-arrowhead");
  }
}
