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
 * The hype cycle: the curve across six phases, each innovation a marker on the curve within its
 * phase (evenly spaced: the data says which phase, not where in it), and the innovations' names
 * listed by phase under the curve — in columns under their phases in the wide layout, phase after
 * phase (numbered on the curve) in the narrow one. The marker's shape is the innovation's time to
 * the plateau.
 */
public final class HypeCycleChart extends ChartKind<HypeCycleChart.HypeCycle> {
  /** The kind, as {@link ChartKinds} registers it. */
  static final HypeCycleChart KIND = new HypeCycleChart();

  /** Where the phases meet along the canonical curve (fractions of its width). */
  private static final double[] CANONICAL = {0, 0.22, 0.40, 0.54, 0.66, 0.84, 1.0};

  private static final double PEAK = 0.95;
  private static final double LINE = SMALL * TextMetrics.LINE_HEIGHT;

  private HypeCycleChart() {
    super(
        "hype-cycle",
        List.of(
            new Role("label", FieldType.ANY, true),
            new Role("phase", FieldType.CODES, true),
            new Role("marker", FieldType.CODES, false)));
  }

  // ---- what it draws -------------------------------------------------------------------------

  /**
   * The hype cycle: its six phases in order along the curve, each with the innovations in it;
   * {@code markers} names the marker kinds (years to the plateau), 0…3.
   */
  public record HypeCycle(
      String id, String title, String description, List<Phase> phases, List<String> markers)
      implements Chart {
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

  // ---- checks --------------------------------------------------------------------------------

  /** Six phases; at most four marker shapes. */
  @Override
  void checkOptions(ChartSpec chart, DataTable table, ChartChecks checks) {
    checks
        .codes(chart, table, "phase")
        .ifPresent(
            column -> {
              if (column.values().size() != 6) {
                checks.add(
                    chart.setting("phase").orElseThrow().pos(),
                    "a hype cycle has six phases,"
                        + " but \""
                        + column.key()
                        + "\" has "
                        + column.values().size()
                        + " codes",
                    "list the six phases under the column's \"values\", in order along the curve");
              }
            });
    checks
        .codes(chart, table, "marker")
        .ifPresent(
            column -> {
              if (column.values().size() > 4) {
                checks.add(
                    chart.setting("marker").orElseThrow().pos(),
                    "a hype cycle has four marker"
                        + " shapes, but \""
                        + column.key()
                        + "\" has "
                        + column.values().size()
                        + " codes",
                    "use a field with at most four codes");
              }
            });
  }

  // ---- view ----------------------------------------------------------------------------------

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
          int kind =
              marker == null ? 1 : Math.max(0, markerCodes.indexOf(ChartData.code(row, marker)));
          items.add(new Innovation(data.text(row, label), kind));
        }
      }
      phases.add(new Phase(data.in(code.getValue()), items));
    }
    return new HypeCycle(
        data.id(spec),
        data.title(spec),
        data.description(spec),
        phases,
        marker == null ? List.of() : data.labels(marker));
  }

  // ---- layout --------------------------------------------------------------------------------

  @Override
  double draw(HypeCycle chart, Canvas canvas) {
    Svg svg = canvas.svg;
    double top = PAD;
    top += markerLegend(chart, canvas, top) + 6;
    Curve curve =
        new Curve(
            bounds(chart.phases(), canvas.narrow),
            PAD + 2,
            canvas.width - PAD - 2,
            top + 4,
            canvas.narrow ? 130 : 170);
    svg.leaf(
        "line",
        "x1",
        curve.left(),
        "y1",
        curve.bottom(),
        "x2",
        curve.right(),
        "y2",
        curve.bottom(),
        "class",
        "chart-baseline");
    double bottom =
        canvas.narrow ? narrowList(chart, canvas, curve) : wideColumns(chart, canvas, curve);
    svg.open("g", "class", "chart-phase-separators");
    for (int i = 1; i < 6; i++) {
      double x = curve.x(curve.bounds()[i]);
      svg.leaf(
          "line",
          "x1",
          x,
          "y1",
          curve.top(),
          "x2",
          x,
          "y2",
          canvas.narrow ? curve.bottom() : bottom);
    }
    svg.close("g");
    svg.leaf("path", "d", Svg.polyline(curve.points()), "class", "chart-curve");
    marks(chart, svg, curve, canvas.narrow ? 3.2 : 3.6);
    return bottom + PAD;
  }

  /** The marker kinds' legend; returns its height. */
  private static double markerLegend(HypeCycle chart, Canvas canvas, double top) {
    List<Legend.Item> items = new ArrayList<>();
    for (int i = 0; i < chart.markers().size(); i++) {
      int kind = i;
      items.add(
          new Legend.Item(10, (s, x, cy) -> marker(s, kind, x + 5, cy, 4), chart.markers().get(i)));
    }
    return Legend.draw(canvas, items, PAD, top, canvas.width - 2 * PAD);
  }

  /**
   * Where the phases meet, as fractions of the drawn width: equal phases in the wide layout (each
   * heads a column of names); by the number of innovations in the narrow one, so that the markers
   * have room.
   */
  private static double[] bounds(List<Phase> phases, boolean narrow) {
    double[] bounds = new double[7];
    double total = 0;
    for (Phase phase : phases) {
      total += narrow ? phase.items().size() + 3 : 1;
    }
    for (int i = 0; i < 6; i++) {
      bounds[i + 1] = bounds[i] + (narrow ? phases.get(i).items().size() + 3 : 1) / total;
    }
    bounds[6] = 1;
    return bounds;
  }

  /** Each innovation a marker on the curve, evenly spaced within its phase. */
  private static void marks(HypeCycle chart, Svg svg, Curve curve, double r) {
    double[] bounds = curve.bounds();
    svg.open("g", "class", "chart-marks");
    for (int i = 0; i < 6; i++) {
      List<Innovation> innovations = chart.phases().get(i).items();
      for (int j = 0; j < innovations.size(); j++) {
        double x = bounds[i] + (j + 0.5) / innovations.size() * (bounds[i + 1] - bounds[i]);
        marker(svg, innovations.get(j).marker(), curve.x(x), curve.y(x), r);
      }
    }
    svg.close("g");
  }

  /** The canonical curve's height (0…{@value #PEAK}) at {@code x} (0…1): a peak, a rise. */
  static double curve(double x) {
    // Steeper after the peak than before it: the trigger's innovations climb towards it.
    double sigma = x < 0.31 ? 0.12 : 0.085;
    double peak = 0.84 * StrictMath.exp(-StrictMath.pow((x - 0.31) / sigma, 2));
    double plateau = 0.40 / (1 + StrictMath.exp(-(x - 0.80) / 0.065));
    return 0.06 + peak + plateau;
  }

  /**
   * The drawn curve: its phases' {@code bounds} (fractions of its width), its left and right, its
   * top and height.
   */
  private record Curve(double[] bounds, double left, double right, double top, double height) {
    double width() {
      return right - left;
    }

    double bottom() {
      return top + height;
    }

    /** The x of {@code at} (0…1) of the drawn width. */
    double x(double at) {
      return left + at * width();
    }

    /** The curve's y at {@code at} (0…1) of the drawn width. */
    double y(double at) {
      int phase = 0;
      while (phase < 5 && at > bounds[phase + 1]) {
        phase++;
      }
      double within = (at - bounds[phase]) / (bounds[phase + 1] - bounds[phase]);
      double canonical = CANONICAL[phase] + within * (CANONICAL[phase + 1] - CANONICAL[phase]);
      return top + (1 - curve(canonical) / PEAK) * height;
    }

    /** The curve through 145 points. */
    List<double[]> points() {
      List<double[]> points = new ArrayList<>();
      for (int i = 0; i <= 144; i++) {
        double at = i / 144.0;
        points.add(new double[] {x(at), y(at)});
      }
      return points;
    }
  }

  /** Wide: a column per phase under the curve, its name then its innovations. */
  private static double wideColumns(HypeCycle chart, Canvas canvas, Curve curve) {
    Svg svg = canvas.svg;
    double[] bounds = curve.bounds();
    List<List<String>> headings = new ArrayList<>();
    int headLines = 1;
    for (int i = 0; i < 6; i++) {
      double columnWidth = (bounds[i + 1] - bounds[i]) * curve.width() - 10;
      List<String> lines =
          TextMetrics.wrap(chart.phases().get(i).label(), columnWidth / TextMetrics.BOLD, SMALL, 3);
      headings.add(lines);
      headLines = Math.max(headLines, lines.size());
    }
    double headTop = curve.bottom() + 8;
    double listTop = headTop + Canvas.textHeight(headLines, SMALL) + 8;
    svg.open("g", "class", "chart-headings", "font-size", SMALL);
    for (int i = 0; i < 6; i++) {
      svg.text(
          curve.x(bounds[i]) + 5,
          headTop + TextMetrics.ASCENT * SMALL,
          headings.get(i),
          LINE,
          "chart-label chart-strong",
          "start");
    }
    svg.close("g");
    double bottom = listTop;
    svg.open("g", "class", "chart-names", "font-size", SMALL);
    for (int i = 0; i < 6; i++) {
      double columnWidth = (bounds[i + 1] - bounds[i]) * curve.width() - 10;
      double y = listTop;
      for (Innovation item : chart.phases().get(i).items()) {
        y = name(svg, item, curve.x(bounds[i]) + 5, y, columnWidth - 12, 3);
      }
      bottom = Math.max(bottom, y);
    }
    svg.close("g");
    return bottom;
  }

  /**
   * An innovation's marker and its name, wrapped to {@code maxLines}, from ({@code x}, {@code y});
   * returns the y under it.
   */
  private static double name(
      Svg svg, Innovation item, double x, double y, double width, int maxLines) {
    List<String> lines = TextMetrics.wrap(item.label(), width, SMALL, maxLines);
    marker(svg, item.marker(), x + 4, y + TextMetrics.ASCENT * SMALL / 2 + 1, 3.2);
    svg.text(x + 12, y + TextMetrics.ASCENT * SMALL, lines, LINE, "chart-name", "start");
    return y + (Canvas.textHeight(lines.size(), SMALL) + 4);
  }

  /** Narrow: phases numbered on the curve, then each phase's name and innovations in turn. */
  private static double narrowList(HypeCycle chart, Canvas canvas, Curve curve) {
    Svg svg = canvas.svg;
    double[] bounds = curve.bounds();
    double numberY = curve.bottom() + 11;
    svg.open("g", "class", "chart-phase-numbers", "font-size", 10.0);
    for (int i = 0; i < 6; i++) {
      number(svg, i + 1, curve.x((bounds[i] + bounds[i + 1]) / 2), numberY);
    }
    svg.close("g");
    double y = numberY + 16;
    svg.open("g", "class", "chart-names", "font-size", SMALL);
    for (int i = 0; i < 6; i++) {
      Phase phase = chart.phases().get(i);
      List<String> heading =
          TextMetrics.wrap(
              phase.label(), (canvas.width - 2 * PAD - 20) / TextMetrics.BOLD, SMALL, 2);
      number(svg, i + 1, PAD + 7, y + Canvas.textHeight(1, SMALL) / 2);
      svg.text(
          PAD + 18,
          y + TextMetrics.ASCENT * SMALL,
          heading,
          LINE,
          "chart-label chart-strong",
          "start");
      y += Canvas.textHeight(heading.size(), SMALL) + 5;
      List<Innovation> innovations = phase.items();
      for (int j = 0; j < innovations.size(); j += 2) {
        y +=
            twoAbreast(
                    svg,
                    innovations.subList(j, Math.min(j + 2, innovations.size())),
                    (canvas.width - 2 * PAD - 8) / 2,
                    y)
                + 4;
      }
      y += 8;
    }
    svg.close("g");
    return y - 8;
  }

  /** One or two innovations side by side from {@code y}; returns the taller one's height. */
  private static double twoAbreast(Svg svg, List<Innovation> pair, double columnWidth, double y) {
    double rowHeight = 0;
    for (int k = 0; k < pair.size(); k++) {
      Innovation item = pair.get(k);
      double x = PAD + k * (columnWidth + 8);
      List<String> lines = TextMetrics.wrap(item.label(), columnWidth - 12, SMALL, 2);
      marker(svg, item.marker(), x + 4, y + TextMetrics.ASCENT * SMALL / 2 + 1, 3.2);
      svg.text(x + 12, y + TextMetrics.ASCENT * SMALL, lines, LINE, "chart-name", "start");
      rowHeight = Math.max(rowHeight, Canvas.textHeight(lines.size(), SMALL));
    }
    return rowHeight;
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
      case 2 ->
          svg.leaf(
              "path",
              "d",
              "M"
                  + Svg.num(cx)
                  + ","
                  + Svg.num(cy - r * 1.25)
                  + "L"
                  + Svg.num(cx + r * 1.25)
                  + ","
                  + Svg.num(cy)
                  + "L"
                  + Svg.num(cx)
                  + ","
                  + Svg.num(cy + r * 1.25)
                  + "L"
                  + Svg.num(cx - r * 1.25)
                  + ","
                  + Svg.num(cy)
                  + "Z",
              "class",
              "chart-marker");
      default ->
          svg.leaf(
              "path",
              "d",
              "M"
                  + Svg.num(cx)
                  + ","
                  + Svg.num(cy - r * 1.2)
                  + "L"
                  + Svg.num(cx + r * 1.15)
                  + ","
                  + Svg.num(cy + r * 0.85)
                  + "L"
                  + Svg.num(cx - r * 1.15)
                  + ","
                  + Svg.num(cy + r * 0.85)
                  + "Z",
              "class",
              "chart-marker chart-marker-strong");
    }
  }
}
