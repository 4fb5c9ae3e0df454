package dev.folio.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * One SVG being drawn: its width, layout, ids, and the pieces every chart uses (legends, number
 * axes, text placed by its centre). Layouts draw into {@link #svg} and return the height they
 * used; {@link #finish} wraps the drawing in the {@code <svg>} element.
 */
final class Canvas {
  /** Space kept free along every edge, so no glyph touches the SVG's box. */
  static final double PAD = 4;
  /** Labels. */
  static final double FONT = 12;
  /** Ticks, annotations, cell text. */
  static final double SMALL = 11;
  static final double GAP = 6;

  final Svg svg = new Svg();
  final Chart chart;
  final double width;
  final boolean narrow;
  /** The SVG's id, e.g. {@code chart-app-adoption-wide}; ids inside it start with it. */
  final String id;
  private final ChartSvg.Variant variant;

  Canvas(Chart chart, ChartSvg.Variant variant) {
    this.chart = chart;
    this.variant = variant;
    this.width = variant.width();
    this.narrow = variant == ChartSvg.Variant.NARROW;
    this.id = chart.id() + "-" + variant.key();
  }

  /** The whole {@code <svg>}: viewBox, accessible name and description, then the drawing. */
  String finish(double height) {
    Svg root = new Svg();
    root.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", id,
        "class", "chart-svg chart-" + variant.key(),
        "viewBox", "0 0 " + Svg.num(width) + " " + Svg.num(Math.ceil(height)),
        "role", "img", "aria-labelledby", id + "-title", "aria-describedby", id + "-desc",
        "font-size", Svg.num(FONT));
    root.element("title", chart.title(), "id", id + "-title");
    root.element("desc", chart.description(), "id", id + "-desc");
    return root + svg.toString() + "</svg>\n";
  }

  /** The baseline that centres one line of text of {@code font} on {@code center}. */
  static double baseline(double center, double font) {
    return center + (TextMetrics.ASCENT - TextMetrics.DESCENT) / 2 * font;
  }

  /** The first baseline that centres {@code lines} lines of {@code font} on {@code center}. */
  static double firstBaseline(double center, int lines, double font) {
    return baseline(center, font) - (lines - 1) * font * TextMetrics.LINE_HEIGHT / 2;
  }

  /** The height of {@code lines} lines of {@code font}, from the first top to the last bottom. */
  static double textHeight(int lines, double font) {
    return (lines - 1) * font * TextMetrics.LINE_HEIGHT
        + (TextMetrics.ASCENT + TextMetrics.DESCENT) * font;
  }

  // ---- legends -----------------------------------------------------------------------------

  /** Draws a legend symbol centred vertically on {@code cy}, starting at {@code x}. */
  @FunctionalInterface
  interface Symbol {
    void draw(Svg svg, double x, double cy);
  }

  record LegendItem(double symbolWidth, Symbol symbol, String label) {}

  /**
   * Legend items left to right from ({@code x}, {@code top}), wrapping to a new row when the
   * next would pass {@code maxWidth}. Returns the height used.
   */
  double legend(List<LegendItem> items, double x, double top, double maxWidth) {
    if (items.isEmpty()) {
      return 0;
    }
    double rowHeight = SMALL * TextMetrics.LINE_HEIGHT + 4;
    double cx = x;
    double cy = top + rowHeight / 2;
    svg.open("g", "class", "chart-legend");
    for (LegendItem item : items) {
      double room = maxWidth - item.symbolWidth() - 5;
      String label = TextMetrics.abbreviate(item.label(), room, SMALL);
      double itemWidth = item.symbolWidth() + 5 + TextMetrics.width(label, SMALL);
      if (cx > x && cx + itemWidth > x + maxWidth) {
        cx = x;
        cy += rowHeight;
      }
      item.symbol().draw(svg, cx, cy);
      svg.text(cx + item.symbolWidth() + 5, baseline(cy, SMALL), label, "chart-legend-label",
          "start", "font-size", SMALL);
      cx += itemWidth + 14;
    }
    svg.close("g");
    return cy + rowHeight / 2 - top;
  }

  static Symbol swatch(String cssClass) {
    return (svg, x, cy) -> svg.leaf("rect", "x", x, "y", cy - 5.0, "width", 14.0, "height", 10.0,
        "class", cssClass);
  }

  // ---- number axes -------------------------------------------------------------------------

  /** Ticks of a bottom axis whose labels fit side by side from {@code left} to {@code right}. */
  List<Double> bottomTicks(NumberScale scale, Chart.Axis axis, double left, double right) {
    if (axis.ticks() != null) {
      return axis.ticks();
    }
    int most = (int) Math.max(4, Math.min(10, (right - left) / 100));
    List<Double> best = scale.ticks(2);
    for (int count = most; count >= 2; count--) {
      List<Double> ticks = scale.ticks(count);
      if (ticks.size() <= 1 || fitsSideBySide(scale, axis, ticks)) {
        best = ticks;
        break;
      }
    }
    return best;
  }

  private boolean fitsSideBySide(NumberScale scale, Chart.Axis axis, List<Double> ticks) {
    double previousRight = Double.NEGATIVE_INFINITY;
    for (double tick : ticks) {
      double w = TextMetrics.width(axis.labels().format(tick), SMALL);
      double center = clampCenter(scale.map(tick), w);
      if (center - w / 2 < previousRight + 8) {
        return false;
      }
      previousRight = center + w / 2;
    }
    return true;
  }

  /** A label's centre moved in so that a label {@code w} wide stays inside the SVG. */
  double clampCenter(double center, double w) {
    return Math.max(PAD + w / 2, Math.min(width - PAD - w / 2, center));
  }

  /**
   * A bottom axis at {@code axisY}: vertical grid lines from {@code gridTop}, tick labels under
   * the axis. Returns the y of the labels' bottom.
   */
  double bottomAxis(NumberScale scale, Chart.Axis axis, double left, double right,
      double gridTop, double axisY) {
    List<Double> ticks = bottomTicks(scale, axis, left, right);
    svg.open("g", "class", "chart-grid");
    for (double tick : ticks) {
      double x = scale.map(tick);
      svg.leaf("line", "x1", x, "y1", gridTop, "x2", x, "y2", axisY);
    }
    svg.close("g");
    double base = axisY + 5 + TextMetrics.ASCENT * SMALL;
    svg.open("g", "class", "chart-tick-labels", "font-size", SMALL);
    for (double tick : ticks) {
      String label = axis.labels().format(tick);
      double w = TextMetrics.width(label, SMALL);
      svg.text(clampCenter(scale.map(tick), w), base, label, "chart-tick", "middle");
    }
    svg.close("g");
    return base + TextMetrics.DESCENT * SMALL;
  }

  /** Ticks of a left axis with at least a line and a half between labels. */
  List<Double> leftTicks(NumberScale scale, double top, double bottom) {
    int most = (int) Math.max(2, Math.min(10, (bottom - top) / (SMALL * 2)));
    for (int count = most; count >= 2; count--) {
      List<Double> ticks = scale.ticks(count);
      boolean fits = true;
      for (int i = 1; i < ticks.size(); i++) {
        if (Math.abs(scale.map(ticks.get(i)) - scale.map(ticks.get(i - 1)))
            < SMALL * TextMetrics.LINE_HEIGHT + 4) {
          fits = false;
        }
      }
      if (fits) {
        return ticks;
      }
    }
    return scale.ticks(2);
  }

  /** The width the left axis's labels need. */
  static double leftLabelWidth(List<Double> ticks, Chart.Axis axis) {
    return ticks.stream().mapToDouble(t -> TextMetrics.width(axis.labels().format(t), SMALL))
        .max().orElse(0);
  }

  /** A left axis: horizontal grid lines from {@code left} to {@code right}, labels left of them. */
  void leftAxis(NumberScale scale, Chart.Axis axis, List<Double> ticks, double left,
      double right) {
    svg.open("g", "class", "chart-grid");
    for (double tick : ticks) {
      double y = scale.map(tick);
      svg.leaf("line", "x1", left, "y1", y, "x2", right, "y2", y);
    }
    svg.close("g");
    svg.open("g", "class", "chart-tick-labels", "font-size", SMALL);
    double lowest = ticks.stream().mapToDouble(scale::map).max().orElse(0);
    for (double tick : ticks) {
      double y = scale.map(tick);
      // The bottom label sits on its line, not across it: the x axis' first label is just below.
      double base = y == lowest ? Math.min(baseline(y, SMALL), y - 2) : baseline(y, SMALL);
      svg.text(left - 6, base, axis.labels().format(tick), "chart-tick", "end");
    }
    svg.close("g");
  }

  /** Wraps the lines of every label at once. */
  static List<List<String>> wrapAll(List<String> labels, double maxWidth, double font,
      int maxLines) {
    List<List<String>> wrapped = new ArrayList<>();
    for (String label : labels) {
      wrapped.add(TextMetrics.wrap(label, maxWidth, font, maxLines));
    }
    return wrapped;
  }
}
