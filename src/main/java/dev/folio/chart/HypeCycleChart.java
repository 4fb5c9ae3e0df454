package dev.folio.chart;

import static dev.folio.chart.Canvas.PAD;
import static dev.folio.chart.Canvas.SMALL;

import dev.folio.model.ChartSpec;
import dev.folio.model.Column;
import dev.folio.model.DataTable;
import dev.folio.model.Row;
import dev.folio.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hype cycle: the curve across six phases, each innovation a marker on the curve within
 * its phase (evenly spaced: the data says which phase, not where in it), and the innovations'
 * names listed by phase under the curve — in columns under their phases in the wide layout,
 * phase after phase (numbered on the curve) in the narrow one. The marker's shape is the
 * innovation's time to the plateau.
 */
public final class HypeCycleChart extends ChartKind<HypeCycleChart.HypeCycle> {
  static final HypeCycleChart KIND = new HypeCycleChart();
  /**
   * The hype cycle: its six phases in order along the curve, each with the innovations in it;
   * {@code markers} names the marker kinds (years to the plateau), 0…3.
   */
  public record HypeCycle(String id, String title, String description, List<Phase> phases,
      List<String> markers) implements Chart {
    public HypeCycle {
      phases = List.copyOf(phases);
      markers = List.copyOf(markers);
      if (phases.size() != 6) {
        throw new IllegalArgumentException("the hype cycle has six phases, got " + phases.size());
      }
      if (markers.size() > 4) {
        throw new IllegalArgumentException("at most four marker kinds, got " + markers.size());
      }
    }

    @Override
    public String svg(ChartSvg.Variant variant) {
      return KIND.svg(this, variant);
    }
  }

  public record Phase(String label, List<Innovation> items) {
    public Phase {
      items = List.copyOf(items);
    }
  }

  /** An innovation and its marker kind (an index into the chart's markers). */
  public record Innovation(String label, int marker) {}

  /** Where the phases meet along the canonical curve (fractions of its width). */
  private static final double[] CANONICAL = {0, 0.22, 0.40, 0.54, 0.66, 0.84, 1.0};
  private static final double PEAK = 0.95;

  private HypeCycleChart() {
    super("hype-cycle", List.of(new Role("label", FieldType.ANY, true),
        new Role("phase", FieldType.CODES, true), new Role("marker", FieldType.CODES, false)));
  }

  /** Six phases; at most four marker shapes. */
  @Override
  void checkOptions(ChartSpec chart, DataTable table, ChartChecks checks) {
    checks.codes(chart, table, "phase").ifPresent(column -> {
      if (column.values().size() != 6) {
        checks.add(chart.setting("phase").orElseThrow().pos(), "a hype cycle has six phases,"
            + " but \"" + column.key() + "\" has " + column.values().size() + " codes",
            "list the six phases under the column's \"values\", in order along the curve");
      }
    });
    checks.codes(chart, table, "marker").ifPresent(column -> {
      if (column.values().size() > 4) {
        checks.add(chart.setting("marker").orElseThrow().pos(), "a hype cycle has four marker"
            + " shapes, but \"" + column.key() + "\" has " + column.values().size() + " codes",
            "use a field with at most four codes");
      }
    });
  }

  /** The canonical curve's height (0…{@value #PEAK}) at {@code x} (0…1): a peak, a rise. */
  static double curve(double x) {
    // Steeper after the peak than before it: the trigger's innovations climb towards it.
    double sigma = x < 0.31 ? 0.12 : 0.085;
    double peak = 0.84 * StrictMath.exp(-StrictMath.pow((x - 0.31) / sigma, 2));
    double plateau = 0.40 / (1 + StrictMath.exp(-(x - 0.80) / 0.065));
    return 0.06 + peak + plateau;
  }

  @Override
  public HypeCycle view(ChartSpec spec, DataTable table, ChartData data) {
    Column label = data.field(spec, table, "label");
    Column phase = data.field(spec, table, "phase");
    Column marker = spec.setting("marker").isPresent() ? data.field(spec, table, "marker") : null;
    List<String> markerCodes = marker == null ? List.of() : List.copyOf(marker.values().keySet());
    List<Phase> phases = new ArrayList<>();
    for (Map.Entry<String, Text> code : phase.values().entrySet()) {
      List<Innovation> items = new ArrayList<>();
      for (Row row : table.rows()) {
        if (code.getKey().equals(ChartData.code(row, phase))) {
          int kind = marker == null ? 1
              : Math.max(0, markerCodes.indexOf(ChartData.code(row, marker)));
          items.add(new Innovation(data.text(row, label), kind));
        }
      }
      phases.add(new Phase(data.in(code.getValue()), items));
    }
    return new HypeCycle(data.id(spec), data.title(spec), data.description(spec), phases,
        marker == null ? List.of() : data.labels(marker));
  }

  @Override
  double draw(HypeCycle chart, Canvas canvas) {
    Svg svg = canvas.svg;
    double width = canvas.width;
    boolean narrow = canvas.narrow;
    double r = narrow ? 3.2 : 3.6;
    double top = PAD;

    List<Legend.Item> items = new ArrayList<>();
    for (int i = 0; i < chart.markers().size(); i++) {
      int kind = i;
      items.add(new Legend.Item(10, (s, x, cy) -> marker(s, kind, x + 5, cy, 4),
          chart.markers().get(i)));
    }
    top += Legend.draw(canvas, items, PAD, top, width - 2 * PAD) + 6;

    // Phase widths: equal in the wide layout (each phase heads a column of names); by the
    // number of innovations in the narrow one, so that the markers have room.
    List<Phase> phases = chart.phases();
    double[] bounds = new double[7];
    double total = 0;
    for (Phase phase : phases) {
      total += narrow ? phase.items().size() + 3 : 1;
    }
    for (int i = 0; i < 6; i++) {
      bounds[i + 1] = bounds[i] + (narrow ? phases.get(i).items().size() + 3 : 1) / total;
    }
    bounds[6] = 1;

    double left = PAD + 2;
    double right = width - PAD - 2;
    double plotWidth = right - left;
    double curveTop = top + 4;
    double curveHeight = narrow ? 130 : 170;
    double curveBottom = curveTop + curveHeight;

    List<double[]> points = new ArrayList<>();
    for (int i = 0; i <= 144; i++) {
      double x = i / 144.0;
      points.add(new double[] {left + x * plotWidth, curveY(x, bounds, curveTop, curveHeight)});
    }
    svg.leaf("line", "x1", left, "y1", curveBottom, "x2", right, "y2", curveBottom,
        "class", "chart-baseline");
    double separatorsBottom = curveBottom;

    double bottom;
    if (narrow) {
      bottom = narrowList(chart, canvas, bounds, left, plotWidth, curveBottom);
    } else {
      bottom = wideColumns(chart, canvas, bounds, left, plotWidth, curveBottom);
      separatorsBottom = bottom;
    }

    svg.open("g", "class", "chart-phase-separators");
    for (int i = 1; i < 6; i++) {
      double x = left + bounds[i] * plotWidth;
      svg.leaf("line", "x1", x, "y1", curveTop, "x2", x, "y2", separatorsBottom);
    }
    svg.close("g");
    svg.leaf("path", "d", Svg.polyline(points), "class", "chart-curve");

    svg.open("g", "class", "chart-marks");
    for (int i = 0; i < 6; i++) {
      List<Innovation> innovations = phases.get(i).items();
      for (int j = 0; j < innovations.size(); j++) {
        double x = bounds[i] + (j + 0.5) / innovations.size() * (bounds[i + 1] - bounds[i]);
        marker(svg, innovations.get(j).marker(), left + x * plotWidth,
            curveY(x, bounds, curveTop, curveHeight), r);
      }
    }
    svg.close("g");
    return bottom + PAD;
  }

  /** The curve's y at {@code x} (0…1) of the drawn width, its phases in {@code bounds}. */
  private static double curveY(double x, double[] bounds, double curveTop, double curveHeight) {
    int phase = 0;
    while (phase < 5 && x > bounds[phase + 1]) {
      phase++;
    }
    double within = (x - bounds[phase]) / (bounds[phase + 1] - bounds[phase]);
    double canonical = CANONICAL[phase] + within * (CANONICAL[phase + 1] - CANONICAL[phase]);
    return curveTop + (1 - curve(canonical) / PEAK) * curveHeight;
  }

  /** Wide: a column per phase under the curve, its name then its innovations. */
  private static double wideColumns(HypeCycle chart, Canvas canvas, double[] bounds,
      double left, double plotWidth, double curveBottom) {
    Svg svg = canvas.svg;
    double font = SMALL;
    double lineHeight = font * TextMetrics.LINE_HEIGHT;
    List<List<String>> headings = new ArrayList<>();
    int headLines = 1;
    for (int i = 0; i < 6; i++) {
      double columnWidth = (bounds[i + 1] - bounds[i]) * plotWidth - 10;
      List<String> lines = TextMetrics.wrap(chart.phases().get(i).label(),
          columnWidth / TextMetrics.BOLD, font, 3);
      headings.add(lines);
      headLines = Math.max(headLines, lines.size());
    }
    double headTop = curveBottom + 8;
    double listTop = headTop + Canvas.textHeight(headLines, font) + 8;
    double bottom = listTop;
    svg.open("g", "class", "chart-headings", "font-size", font);
    for (int i = 0; i < 6; i++) {
      double x = left + bounds[i] * plotWidth + 5;
      svg.text(x, headTop + TextMetrics.ASCENT * font, headings.get(i), lineHeight,
          "chart-label chart-strong", "start");
    }
    svg.close("g");
    svg.open("g", "class", "chart-names", "font-size", font);
    for (int i = 0; i < 6; i++) {
      double x = left + bounds[i] * plotWidth + 5;
      double columnWidth = (bounds[i + 1] - bounds[i]) * plotWidth - 10;
      double y = listTop;
      for (Innovation item : chart.phases().get(i).items()) {
        List<String> lines = TextMetrics.wrap(item.label(), columnWidth - 12, font, 3);
        marker(svg, item.marker(), x + 4, y + TextMetrics.ASCENT * font / 2 + 1, 3.2);
        svg.text(x + 12, y + TextMetrics.ASCENT * font, lines, lineHeight, "chart-name", "start");
        y += Canvas.textHeight(lines.size(), font) + 4;
      }
      bottom = Math.max(bottom, y);
    }
    svg.close("g");
    return bottom;
  }

  /** Narrow: phases numbered on the curve, then each phase's name and innovations in turn. */
  private static double narrowList(HypeCycle chart, Canvas canvas, double[] bounds,
      double left, double plotWidth, double curveBottom) {
    Svg svg = canvas.svg;
    double font = SMALL;
    double lineHeight = font * TextMetrics.LINE_HEIGHT;
    double numberY = curveBottom + 11;
    svg.open("g", "class", "chart-phase-numbers", "font-size", 10.0);
    for (int i = 0; i < 6; i++) {
      double cx = left + (bounds[i] + bounds[i + 1]) / 2 * plotWidth;
      number(svg, i + 1, cx, numberY);
    }
    svg.close("g");
    double y = numberY + 16;
    double columnWidth = (canvas.width - 2 * PAD - 8) / 2;
    svg.open("g", "class", "chart-names", "font-size", font);
    for (int i = 0; i < 6; i++) {
      Phase phase = chart.phases().get(i);
      List<String> heading = TextMetrics.wrap(phase.label(),
          (canvas.width - 2 * PAD - 20) / TextMetrics.BOLD, font, 2);
      number(svg, i + 1, PAD + 7, y + Canvas.textHeight(1, font) / 2);
      svg.text(PAD + 18, y + TextMetrics.ASCENT * font, heading, lineHeight,
          "chart-label chart-strong", "start");
      y += Canvas.textHeight(heading.size(), font) + 5;
      List<Innovation> innovations = phase.items();
      for (int j = 0; j < innovations.size(); j += 2) {
        double rowHeight = 0;
        for (int k = j; k < Math.min(j + 2, innovations.size()); k++) {
          Innovation item = innovations.get(k);
          double x = PAD + (k - j) * (columnWidth + 8);
          List<String> lines = TextMetrics.wrap(item.label(), columnWidth - 12, font, 2);
          marker(svg, item.marker(), x + 4, y + TextMetrics.ASCENT * font / 2 + 1, 3.2);
          svg.text(x + 12, y + TextMetrics.ASCENT * font, lines, lineHeight, "chart-name",
              "start");
          rowHeight = Math.max(rowHeight, Canvas.textHeight(lines.size(), font));
        }
        y += rowHeight + 4;
      }
      y += 8;
    }
    svg.close("g");
    return y - 8;
  }

  /** A phase number in a small ring. */
  private static void number(Svg svg, int n, double cx, double cy) {
    svg.leaf("circle", "cx", cx, "cy", cy, "r", 7.0, "class", "chart-number-ring");
    svg.text(cx, Canvas.baseline(cy, 10), Integer.toString(n), "chart-number", "middle");
  }

  /** Marker kinds: 0 a ring, 1 a dot, 2 a diamond, 3 a triangle. */
  static void marker(Svg svg, int kind, double cx, double cy, double r) {
    switch (kind) {
      case 0 -> svg.leaf("circle", "cx", cx, "cy", cy, "r", r * 0.9, "class", "chart-marker-ring");
      case 1 -> svg.leaf("circle", "cx", cx, "cy", cy, "r", r, "class", "chart-marker");
      case 2 -> svg.leaf("path", "d", "M" + Svg.num(cx) + "," + Svg.num(cy - r * 1.25) + "L"
          + Svg.num(cx + r * 1.25) + "," + Svg.num(cy) + "L" + Svg.num(cx) + ","
          + Svg.num(cy + r * 1.25) + "L" + Svg.num(cx - r * 1.25) + "," + Svg.num(cy) + "Z",
          "class", "chart-marker");
      default -> svg.leaf("path", "d", "M" + Svg.num(cx) + "," + Svg.num(cy - r * 1.2) + "L"
          + Svg.num(cx + r * 1.15) + "," + Svg.num(cy + r * 0.85) + "L"
          + Svg.num(cx - r * 1.15) + "," + Svg.num(cy + r * 0.85) + "Z",
          "class", "chart-marker chart-marker-strong");
    }
  }
}
