package dev.folio.chart;

import static dev.folio.chart.Canvas.PAD;
import static dev.folio.chart.Canvas.SMALL;

import java.util.ArrayList;
import java.util.List;

/**
 * Axes every kind shares: which ticks fit, grid lines, tick labels and axis titles, for number axes
 * along the bottom and the left and for time axes across and down the page.
 */
final class Axes {
  private static final double LINE = SMALL * TextMetrics.LINE_HEIGHT;

  private Axes() {}

  // ---- number axes along the bottom --------------------------------------------------------

  /** Ticks of a bottom axis whose labels fit side by side from {@code left} to {@code right}. */
  static List<Double> bottomTicks(
      Canvas canvas, NumberScale scale, Chart.Axis axis, double left, double right) {
    if (axis.ticks() != null) {
      return axis.ticks();
    }
    int most = (int) Math.max(4, Math.min(10, (right - left) / 100));
    List<Double> best = ticks(scale, axis, 2);
    for (int count = most; count >= 2; count--) {
      List<Double> ticks = ticks(scale, axis, count);
      if (ticks.size() <= 1
          || distinct(axis, ticks)
              && fitSideBySide(canvas, positions(scale, ticks), labels(axis, ticks), 8)) {
        best = ticks;
        break;
      }
    }
    return best;
  }

  /**
   * About {@code count} of the scale's ticks; on an integer axis only the whole ones, so that years
   * read 2020, 2021 and never 2020.5.
   */
  static List<Double> ticks(NumberScale scale, Chart.Axis axis, int count) {
    List<Double> ticks = scale.ticks(count);
    return axis.integer() ? ticks.stream().filter(ChartData::whole).toList() : ticks;
  }

  /** Whether no two ticks read the same: an axis never shows "2,020" twice. */
  static boolean distinct(Chart.Axis axis, List<Double> ticks) {
    List<String> labels = labels(axis, ticks);
    return labels.stream().distinct().count() == labels.size();
  }

  /**
   * A bottom axis at {@code axisY}: vertical grid lines from {@code gridTop}, tick labels under the
   * axis. Returns the y of the labels' bottom.
   */
  static double bottomAxis(
      Canvas canvas,
      NumberScale scale,
      Chart.Axis axis,
      double left,
      double right,
      double gridTop,
      double axisY) {
    List<Double> ticks = bottomTicks(canvas, scale, axis, left, right);
    List<Double> xs = positions(scale, ticks);
    verticalGrid(canvas, xs, gridTop, axisY);
    return bottomLabels(canvas, xs, labels(axis, ticks), axisY);
  }

  /** Vertical grid lines at {@code xs} from {@code top} to {@code bottom}. */
  static void verticalGrid(Canvas canvas, List<Double> xs, double top, double bottom) {
    canvas.svg.open("g", "class", "chart-grid");
    for (double x : xs) {
      canvas.svg.leaf("line", "x1", x, "y1", top, "x2", x, "y2", bottom);
    }
    canvas.svg.close("g");
  }

  /**
   * Tick labels centred under {@code xs} (moved in to stay inside the SVG), under an axis at {@code
   * axisY}. Returns the y of their bottom.
   */
  static double bottomLabels(Canvas canvas, List<Double> xs, List<String> labels, double axisY) {
    double base = axisY + 5 + TextMetrics.ASCENT * SMALL;
    canvas.svg.open("g", "class", "chart-tick-labels", "font-size", SMALL);
    for (int i = 0; i < xs.size(); i++) {
      String label = labels.get(i);
      double w = TextMetrics.width(label, SMALL);
      canvas.svg.text(canvas.clampCenter(xs.get(i), w), base, label, "chart-tick", "middle");
    }
    canvas.svg.close("g");
    return base + TextMetrics.DESCENT * SMALL;
  }

  /**
   * Whether labels centred at {@code xs} (moved in to stay inside the SVG) leave at least {@code
   * gap} between neighbours.
   */
  static boolean fitSideBySide(Canvas canvas, List<Double> xs, List<String> labels, double gap) {
    double previousRight = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < xs.size(); i++) {
      double w = TextMetrics.width(labels.get(i), SMALL);
      double center = canvas.clampCenter(xs.get(i), w);
      if (center - w / 2 < previousRight + gap) {
        return false;
      }
      previousRight = center + w / 2;
    }
    return true;
  }

  /**
   * A bottom axis's title, on one line (shortened to fit) at the right edge, under labels ending at
   * {@code labelsBottom}; none when {@code title} is null. Returns the y of its bottom.
   */
  static double bottomTitle(Canvas canvas, String title, double labelsBottom) {
    if (title == null) {
      return labelsBottom;
    }
    return title(
        canvas,
        List.of(TextMetrics.abbreviate(title, canvas.width - 2 * PAD, SMALL)),
        canvas.width - PAD,
        labelsBottom);
  }

  /**
   * A bottom axis's title, wrapped to two lines ending at {@code right}, under labels ending at
   * {@code labelsBottom}; none when {@code title} is null. Returns the y of its bottom.
   */
  static double wrappedBottomTitle(Canvas canvas, String title, double right, double labelsBottom) {
    if (title == null) {
      return labelsBottom;
    }
    return title(canvas, TextMetrics.wrap(title, right - PAD, SMALL, 2), right, labelsBottom);
  }

  private static double title(
      Canvas canvas, List<String> lines, double right, double labelsBottom) {
    double base = labelsBottom + 4 + TextMetrics.ASCENT * SMALL;
    canvas.svg.text(right, base, lines, LINE, "chart-axis-title", "end", "font-size", SMALL);
    return base + (lines.size() - 1) * LINE + TextMetrics.DESCENT * SMALL;
  }

  // ---- number axes on the left -------------------------------------------------------------

  /**
   * A left axis's title across the top, from {@code top}, wrapped to two lines; none when {@code
   * title} is null. Returns the top of what follows.
   */
  static double topTitle(Canvas canvas, String title, double top) {
    if (title == null) {
      return top;
    }
    List<String> lines = TextMetrics.wrap(title, canvas.width - 2 * PAD, SMALL, 2);
    canvas.svg.text(
        PAD,
        top + TextMetrics.ASCENT * SMALL,
        lines,
        LINE,
        "chart-axis-title",
        "start",
        "font-size",
        SMALL);
    return top + (Canvas.textHeight(lines.size(), SMALL) + 8);
  }

  /** Ticks of a left axis with at least a line and a half between labels, no two alike. */
  static List<Double> leftTicks(NumberScale scale, Chart.Axis axis, double top, double bottom) {
    int most = (int) Math.max(2, Math.min(10, (bottom - top) / (SMALL * 2)));
    for (int count = most; count >= 2; count--) {
      List<Double> ticks = ticks(scale, axis, count);
      boolean fits = distinct(axis, ticks);
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
    return ticks(scale, axis, 2);
  }

  /** The width the left axis's labels need. */
  static double leftLabelWidth(List<Double> ticks, Chart.Axis axis) {
    return ticks.stream()
        .mapToDouble(t -> TextMetrics.width(axis.labels().format(t), SMALL))
        .max()
        .orElse(0);
  }

  /** A left axis: horizontal grid lines from {@code left} to {@code right}, labels left of them. */
  static void leftAxis(
      Canvas canvas,
      NumberScale scale,
      Chart.Axis axis,
      List<Double> ticks,
      double left,
      double right) {
    Svg svg = canvas.svg;
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
      double base =
          y == lowest ? Math.min(Canvas.baseline(y, SMALL), y - 2) : Canvas.baseline(y, SMALL);
      svg.text(left - 6, base, axis.labels().format(tick), "chart-tick", "end");
    }
    svg.close("g");
  }

  // ---- time axes ---------------------------------------------------------------------------

  /** A time scale niced to a calendar interval, and that interval's ticks. */
  record TimeTicks(TimeScale scale, List<TimeScale.Tick> ticks) {}

  /**
   * Across the page: the finest calendar interval whose tick labels fit side by side, and the scale
   * niced to it.
   */
  static TimeTicks timeAcross(Canvas canvas, TimeScale base, Chart.DateLabels labels) {
    TimeTicks fallback = null;
    for (TimeScale.Interval interval : TimeScale.Interval.values()) {
      TimeScale scale = base.nice(interval);
      List<TimeScale.Tick> ticks = scale.ticks(interval);
      if (ticks.size() < 2 || ticks.size() > 40) {
        continue;
      }
      fallback = new TimeTicks(scale, ticks);
      if (fitSideBySide(canvas, positions(scale, ticks), labels(labels, ticks), 14)) {
        return fallback;
      }
    }
    if (fallback == null) {
      return new TimeTicks(base, base.ticks(2));
    }
    return fallback;
  }

  /** Down the page: the finest interval with room for a line and a half between tick labels. */
  static TimeTicks timeDown(TimeScale base) {
    TimeTicks fallback = null;
    for (TimeScale.Interval interval : TimeScale.Interval.values()) {
      TimeScale scale = base.nice(interval);
      List<TimeScale.Tick> ticks = scale.ticks(interval);
      if (ticks.size() < 2 || ticks.size() > 40) {
        continue;
      }
      fallback = new TimeTicks(scale, ticks);
      double spacing = Math.abs(scale.map(ticks.get(1).date()) - scale.map(ticks.get(0).date()));
      if (spacing >= 40) {
        return fallback;
      }
    }
    return fallback == null ? new TimeTicks(base, base.ticks(2)) : fallback;
  }

  /** Where the ticks go. */
  static List<Double> positions(TimeScale scale, List<TimeScale.Tick> ticks) {
    List<Double> positions = new ArrayList<>();
    ticks.forEach(tick -> positions.add(scale.map(tick.date())));
    return positions;
  }

  /** The ticks' labels, each naming its date down to its unit. */
  static List<String> labels(Chart.DateLabels labels, List<TimeScale.Tick> ticks) {
    return ticks.stream().map(tick -> labels.format(tick.date(), tick.unit())).toList();
  }

  private static List<Double> positions(NumberScale scale, List<Double> ticks) {
    List<Double> positions = new ArrayList<>();
    ticks.forEach(tick -> positions.add(scale.map(tick)));
    return positions;
  }

  private static List<String> labels(Chart.Axis axis, List<Double> ticks) {
    return ticks.stream().map(tick -> axis.labels().format(tick)).toList();
  }
}
