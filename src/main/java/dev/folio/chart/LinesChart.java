package dev.folio.chart;

import static dev.folio.chart.Canvas.PAD;
import static dev.folio.chart.Canvas.SMALL;

import dev.folio.model.ChartSpec;
import dev.folio.model.Column;
import dev.folio.model.DataTable;
import dev.folio.model.Row;
import dev.folio.model.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Lines on two number axes. Each line is named at its end when the names fit beside the plot (the
 * wide layout, usually); otherwise in a legend above it, with only the short end label at the
 * line's end. Vertical rules mark values on the x axis, their labels stacked above the plot.
 */
public final class LinesChart extends ChartKind<LinesChart.Lines> {
  /** The kind, as {@link ChartKinds} registers it. */
  static final LinesChart KIND = new LinesChart();

  /** The fields of the {@code marks} table. */
  private static final List<Role> MARK_ROLES =
      List.of(
          new Role("markLabel", FieldType.ANY, true),
          new Role("markValue", FieldType.NUMBER, true));

  private LinesChart() {
    super(
        "lines",
        List.of(
            new Role("series", FieldType.ANY, true),
            new Role("x", FieldType.NUMBER, true),
            new Role("y", FieldType.NUMBER, true),
            new Role("point", FieldType.ANY, false),
            new Role("label", FieldType.ANY, false),
            new Role("dash", FieldType.CODES, false)),
        "xScale",
        "yScale",
        "xTicks",
        "marks",
        "markLabel",
        "markValue");
  }

  // ---- what it draws -------------------------------------------------------------------------

  /**
   * Lines on two number axes, labelled at their ends (or in a legend when the labels would leave
   * too little room), with vertical rules as annotations.
   */
  public record Lines(
      String id,
      String title,
      String description,
      Chart.Axis x,
      Chart.Axis y,
      List<Series> series,
      List<Rule> rules)
      implements Chart {
    public Lines {
      series = List.copyOf(series);
      rules = List.copyOf(rules);
      ChartKind.requireSome(series, "series");
    }

    @Override
    public String svg(ChartSvg.Variant variant) {
      return KIND.svg(this, variant);
    }
  }

  /**
   * One line: its name, the short text at its end (e.g. the last value, may be null), colour 1…8,
   * dashed or solid, and its points in order.
   */
  public record Series(
      String label, String endLabel, int colour, boolean dashed, List<Point> points) {
    public Series {
      points = List.copyOf(points);
      ChartKind.requireSome(points, "points");
      if (colour < 1 || colour > 8) {
        throw new IllegalArgumentException("colour is 1 to 8, got " + colour);
      }
    }
  }

  /**
   * A point of a line; a marked point is drawn as a dot, a revised one (changed since the report
   * was published, or added since) ringed.
   */
  public record Point(double x, double y, boolean marked, boolean revised) {
    public Point(double x, double y, boolean marked) {
      this(x, y, marked, false);
    }
  }

  /** A vertical annotation line at {@code x}, labelled at its top. */
  public record Rule(double x, String label) {}

  // ---- checks --------------------------------------------------------------------------------

  /** The table of marks (vertical lines) exists, and its label and value fields. */
  @Override
  void checkOptions(ChartSpec chart, DataTable table, ChartChecks checks) {
    chart
        .setting("marks")
        .ifPresent(
            marks -> {
              DataTable marksTable = checks.table(marks.value());
              if (marksTable == null) {
                checks.add(
                    marks.pos(),
                    "\"marks\" names table \"" + marks.value() + "\", which does" + " not exist",
                    ChartChecks.didYouMean(marks.value(), checks.tables())
                        .orElse(
                            "tables are the files content/data/NAME.yaml, named without extension"));
                return;
              }
              for (Role role : MARK_ROLES) {
                chart
                    .setting(role.setting())
                    .ifPresentOrElse(
                        setting -> checks.field(this, chart, marksTable, role, setting),
                        () ->
                            checks.add(
                                marks.pos(),
                                "\"marks\" needs \"" + role.setting() + "\" too",
                                "add \""
                                    + role.setting()
                                    + ": FIELD\", naming the field of "
                                    + marksTable.name()
                                    + " it draws"));
              }
            });
  }

  /** The x and y fields by {@code xScale} and {@code yScale}; any other by {@code scale}. */
  @Override
  boolean log(ChartSpec chart, String setting) {
    String scale =
        switch (setting) {
          case "x" -> chart.value("xScale", "linear");
          case "y" -> chart.value("yScale", "linear");
          default -> chart.value("scale", "linear");
        };
    return scale.equals("log");
  }

  // ---- view ----------------------------------------------------------------------------------

  @Override
  public Lines view(ChartSpec spec, DataTable table, ChartData data) {
    Column x = data.field(spec, table, "x");
    Column y = data.field(spec, table, "y");
    List<Series> series = series(spec, table, data, x, y);
    boolean xLog = log(spec, "x");
    boolean yLog = log(spec, "y");
    List<Double> xTicks = spec.value("xTicks", "nice").equals("data") ? xs(series) : null;
    boolean xWhole =
        ChartData.whole(x) || series.stream().allMatch(s -> whole(s.points(), Point::x));
    boolean yWhole =
        ChartData.whole(y) || series.stream().allMatch(s -> whole(s.points(), Point::y));
    Chart.Axis xAxis =
        new Chart.Axis(data.axisTitle(x, xLog), xLog, v -> data.compact(v, x), xTicks, xWhole);
    Chart.Axis yAxis =
        new Chart.Axis(data.axisTitle(y, yLog), yLog, v -> data.compact(v, y), null, yWhole);
    return new Lines(
        data.id(spec),
        data.title(spec),
        data.description(spec),
        xAxis,
        yAxis,
        series,
        marks(spec, data));
  }

  /**
   * A line per value of the {@code series} field, in the order of the rows, through the points of
   * the rows whose x and y are numbers, in x order; its end label, colour and dash from its last
   * row.
   */
  private static List<Series> series(
      ChartSpec spec, DataTable table, ChartData data, Column x, Column y) {
    Column series = data.field(spec, table, "series");
    Column point = data.optionalField(spec, table, "point");
    Column label = data.optionalField(spec, table, "label");
    Column dash = data.optionalField(spec, table, "dash");
    Map<String, List<Point>> lines = new LinkedHashMap<>();
    Map<String, Row> lastRows = new LinkedHashMap<>();
    for (Row row : table.rows()) {
      Optional<Value> vx = row.value(x.key()).filter(Value.Num.class::isInstance);
      Optional<Value> vy = row.value(y.key()).filter(Value.Num.class::isInstance);
      if (vx.isEmpty() || vy.isEmpty()) {
        continue;
      }
      boolean dotted =
          point == null
              || row.value(point.key()).orElse(null) instanceof Value.Bool bool && bool.value();
      lines
          .computeIfAbsent(data.text(row, series), k -> new ArrayList<>())
          .add(
              new Point(
                  ChartData.number(vx.get()),
                  ChartData.number(vy.get()),
                  dotted,
                  data.revised(table, row, x, y)));
      lastRows.put(data.text(row, series), row);
    }
    List<String> dashCodes = dash == null ? List.of() : List.copyOf(dash.values().keySet());
    List<Series> list = new ArrayList<>();
    for (Map.Entry<String, List<Point>> line : lines.entrySet()) {
      List<Point> points =
          line.getValue().stream().sorted(Comparator.comparingDouble(Point::x)).toList();
      Row last = lastRows.get(line.getKey());
      String end =
          label != null
              ? data.text(last, label)
              : data.compact(points.get(points.size() - 1).y(), y, 3);
      boolean dashed = dash != null && dashCodes.indexOf(ChartData.code(last, dash)) > 0;
      list.add(new Series(line.getKey(), end, Canvas.colour(list.size()), dashed, points));
    }
    return list;
  }

  /** Whether every point's coordinate is a whole number (years, counts). */
  private static boolean whole(List<Point> points, ToDoubleFunction<Point> coordinate) {
    return points.stream().allMatch(p -> ChartData.whole(coordinate.applyAsDouble(p)));
  }

  /** Every x of the lines' points, once each, in order: the ticks of {@code xTicks: data}. */
  private static List<Double> xs(List<Series> series) {
    TreeSet<Double> xs = new TreeSet<>();
    series.forEach(s -> s.points().forEach(p -> xs.add(p.x())));
    return List.copyOf(xs);
  }

  /** The vertical marks a {@code marks} table gives, at {@code markValue} on the x axis. */
  private static List<Rule> marks(ChartSpec spec, ChartData data) {
    List<Rule> rules = new ArrayList<>();
    spec.setting("marks")
        .map(m -> data.table(m.value()))
        .ifPresent(
            marks -> {
              Column markLabel = data.field(spec, marks, "markLabel");
              Column markValue = data.field(spec, marks, "markValue");
              for (Row row : marks.rows()) {
                row.value(markValue.key())
                    .filter(Value.Num.class::isInstance)
                    .ifPresent(
                        v -> rules.add(new Rule(ChartData.number(v), data.text(row, markLabel))));
              }
            });
    return rules;
  }

  // ---- layout --------------------------------------------------------------------------------

  @Override
  double draw(Lines chart, Canvas canvas) {
    return new Layout(chart, canvas).draw();
  }

  /**
   * One drawing of a lines chart, phase by phase: the labels at the lines' ends (or a legend), the
   * data's extent, the scales and the rules' labels above the plot, then axes, rules, lines,
   * labels. Each phase sets the fields later ones read.
   */
  private static final class Layout {
    private static final double LINE = SMALL * TextMetrics.LINE_HEIGHT;

    private final Lines chart;
    private final Canvas canvas;
    private final Svg svg;
    private final List<Series> series;
    private final List<Rule> rules;
    private final double plotHeight;
    private double top = PAD;

    /** The lines named in a legend above the plot rather than at their ends. */
    private boolean legend;

    private List<List<String>> endLabels;
    private double[] endSizes;
    private double endWidth;
    private double minX = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;
    private List<Double> yTicks;
    private double left;
    private double right;
    private NumberScale x;
    private NumberScale y;

    /** Per rule: its x, its label's start and the label's height above the plot. */
    private final List<double[]> rulePlaces = new ArrayList<>();

    private double ruleBand;
    private double plotTop;
    private double plotBottom;
    private double labelsBottom;

    Layout(Lines chart, Canvas canvas) {
      this.chart = chart;
      this.canvas = canvas;
      this.svg = canvas.svg;
      this.series = chart.series();
      this.rules = chart.rules();
      this.plotHeight = canvas.narrow ? 220 : 260;
    }

    double draw() {
      List<List<String>> direct = directLabels();
      legend = canvas.narrow || !Dodge.fits(sizes(direct), 4, 0, plotHeight);
      if (legend) {
        top = legend(chart, canvas, top) + 6;
      }
      top = Axes.topTitle(canvas, chart.y().title(), top);
      endLabels(direct);
      extent();
      scales();
      axes();
      rules();
      lines();
      ruleLabels();
      drawEndLabels();
      return Axes.wrappedBottomTitle(canvas, chart.x().title(), right, labelsBottom) + PAD;
    }

    /** Direct labels: each line's name (wrapped) and its end label under it. */
    private List<List<String>> directLabels() {
      double directMax = canvas.width * 0.22;
      List<List<String>> direct = new ArrayList<>();
      for (Series s : series) {
        List<String> lines = new ArrayList<>(TextMetrics.wrap(s.label(), directMax, SMALL, 3));
        if (s.endLabel() != null) {
          lines.add(TextMetrics.abbreviate(s.endLabel(), directMax, SMALL));
        }
        direct.add(lines);
      }
      return direct;
    }

    private static double[] sizes(List<List<String>> labels) {
      double[] sizes = new double[labels.size()];
      for (int i = 0; i < labels.size(); i++) {
        sizes[i] = Canvas.textHeight(labels.get(i).size(), SMALL);
      }
      return sizes;
    }

    /**
     * The labels at the lines' ends: the direct labels, or with a legend only the short end label;
     * the legend already names each line with it, so none that would squeeze the plot.
     */
    private void endLabels(List<List<String>> direct) {
      endLabels = new ArrayList<>();
      endSizes = new double[series.size()];
      endWidth = 0;
      for (int i = 0; i < series.size(); i++) {
        List<String> lines =
            legend
                ? (series.get(i).endLabel() == null ? List.of() : List.of(series.get(i).endLabel()))
                : direct.get(i);
        endLabels.add(lines);
        endSizes[i] = lines.isEmpty() ? 0 : Canvas.textHeight(lines.size(), SMALL);
        endWidth = Math.max(endWidth, TextMetrics.width(lines, SMALL));
      }
      if (legend && endWidth > canvas.width * 0.22) {
        for (int i = 0; i < series.size(); i++) {
          endLabels.set(i, List.of());
          endSizes[i] = 0;
        }
        endWidth = 0;
      }
    }

    /** The smallest and largest x and y of the points, and the rules' x. */
    private void extent() {
      for (Series s : series) {
        for (Point p : s.points()) {
          minX = Math.min(minX, p.x());
          maxX = Math.max(maxX, p.x());
          minY = Math.min(minY, p.y());
          maxY = Math.max(maxY, p.y());
        }
      }
      for (Rule rule : rules) {
        minX = Math.min(minX, rule.x());
        maxX = Math.max(maxX, rule.x());
      }
    }

    /**
     * The scales: the left axis's labels' width depends on its ticks, which depend on the plot's
     * height; the x scale on that width; the plot's top on the rules' labels stacked above it.
     */
    private void scales() {
      NumberScale yProbe = yScale(chart, minY, maxY, top + plotHeight, top);
      yTicks = Axes.leftTicks(yProbe, chart.y(), top, top + plotHeight);
      left = PAD + Axes.leftLabelWidth(yTicks, chart.y()) + 8;
      right = canvas.width - PAD - (endWidth > 0 ? endWidth + 12 : 6);
      x = xScale(chart, minX, maxX, left, right);
      placeRuleLabels();
      plotTop = top + ruleBand;
      plotBottom = plotTop + plotHeight;
      y = yScale(chart, minY, maxY, plotBottom, plotTop);
    }

    /** Each rule's label over its rule, stacked where labels would overlap. */
    private void placeRuleLabels() {
      LabelPacking packing = new LabelPacking(4);
      for (Rule rule : rules) {
        double rx = x.map(rule.x());
        double w = TextMetrics.width(rule.label(), SMALL);
        double x0 = Math.max(PAD, Math.min(rx - w / 2, canvas.width - PAD - w));
        double h =
            packing.place(List.of(x0), w, Canvas.textHeight(1, SMALL), 0, rx, List.of()).height();
        rulePlaces.add(new double[] {rx, x0, h});
        ruleBand = Math.max(ruleBand, h + Canvas.textHeight(1, SMALL) + 4);
      }
    }

    private void axes() {
      Axes.leftAxis(canvas, y, chart.y(), yTicks, left, right);
      labelsBottom = Axes.bottomAxis(canvas, x, chart.x(), left, right, plotTop, plotBottom);
      svg.leaf(
          "line",
          "x1",
          left,
          "y1",
          plotBottom,
          "x2",
          right,
          "y2",
          plotBottom,
          "class",
          "chart-baseline");
    }

    private void rules() {
      if (rules.isEmpty()) {
        return;
      }
      svg.open("g", "class", "chart-rules");
      for (double[] place : rulePlaces) {
        svg.leaf(
            "line",
            "x1",
            place[0],
            "y1",
            plotTop - place[2] - 2,
            "x2",
            place[0],
            "y2",
            plotBottom,
            "class",
            "chart-rule");
      }
      svg.close("g");
    }

    /** The lines, then the dots of their marked points and the rings of their revised ones. */
    private void lines() {
      svg.open("g", "class", "chart-lines");
      for (Series s : series) {
        List<double[]> points = new ArrayList<>();
        for (Point p : s.points()) {
          points.add(new double[] {x.map(p.x()), y.map(p.y())});
        }
        svg.leaf(
            "path",
            "d",
            Svg.polyline(points),
            "class",
            "chart-line chart-c" + s.colour() + (s.dashed() ? " chart-dashed" : ""));
      }
      for (Series s : series) {
        for (Point p : s.points()) {
          if (p.marked()) {
            svg.leaf(
                "circle",
                "cx",
                x.map(p.x()),
                "cy",
                y.map(p.y()),
                "r",
                3.0,
                "class",
                "chart-point chart-fill chart-c" + s.colour());
          }
          if (p.revised()) {
            Marks.revised(svg, x.map(p.x()), y.map(p.y()));
          }
        }
      }
      svg.close("g");
    }

    private void ruleLabels() {
      if (rules.isEmpty()) {
        return;
      }
      svg.open("g", "class", "chart-rule-labels", "font-size", SMALL);
      for (int i = 0; i < rules.size(); i++) {
        double[] place = rulePlaces.get(i);
        double bottom = plotTop - place[2] - 3;
        svg.text(
            place[1],
            bottom - TextMetrics.DESCENT * SMALL,
            rules.get(i).label(),
            "chart-rule-label",
            "start");
      }
      svg.close("g");
    }

    /**
     * The end labels, dodged apart, with a leader where one had to move; kept above the plot's
     * bottom edge, clear of the x axis' tick labels at the right end.
     */
    private void drawEndLabels() {
      double[] wanted = new double[series.size()];
      for (int i = 0; i < series.size(); i++) {
        wanted[i] = y.map(last(series.get(i)).y());
      }
      double[] centres = Dodge.centres(wanted, endSizes, 4, plotTop - ruleBand, plotBottom);
      svg.open("g", "class", "chart-end-labels", "font-size", SMALL);
      for (int i = 0; i < series.size(); i++) {
        List<String> lines = endLabels.get(i);
        if (lines.isEmpty()) {
          continue;
        }
        Series s = series.get(i);
        double lx = x.map(last(s).x());
        if (Math.abs(centres[i] - wanted[i]) > 2) {
          svg.leaf(
              "path",
              "d",
              "M"
                  + Svg.num(lx + 3)
                  + ","
                  + Svg.num(wanted[i])
                  + "L"
                  + Svg.num(right + 8)
                  + ","
                  + Svg.num(centres[i]),
              "class",
              "chart-leader chart-c" + s.colour());
        }
        double textTop = centres[i] - endSizes[i] / 2;
        svg.text(
            right + 10,
            textTop + TextMetrics.ASCENT * SMALL,
            lines,
            LINE,
            "chart-series-label chart-c" + s.colour(),
            "start");
      }
      svg.close("g");
    }

    private static Point last(Series s) {
      return s.points().get(s.points().size() - 1);
    }
  }

  private static NumberScale xScale(
      Lines chart, double min, double max, double left, double right) {
    if (chart.x().ticks() != null) {
      return chart.x().log()
          ? new LogScale(min, max, left, right)
          : new LinearScale(min, max, left, right);
    }
    if (chart.x().log()) {
      return new LogScale(min, max, left, right).nice();
    }
    return new LinearScale(min, max, left, right).nice(6);
  }

  private static NumberScale yScale(
      Lines chart, double min, double max, double bottom, double top) {
    if (chart.y().log()) {
      return new LogScale(min, max, bottom, top).nice();
    }
    return new LinearScale(Math.min(0, min), max, bottom, top).nice(5);
  }

  /** One row per series: a stroke of its line, then its name and end label. */
  private static double legend(Lines chart, Canvas canvas, double top) {
    Svg svg = canvas.svg;
    double font = SMALL;
    double lineHeight = font * TextMetrics.LINE_HEIGHT;
    double textX = PAD + 26;
    double room = canvas.width - PAD - textX;
    double y = top;
    svg.open("g", "class", "chart-legend", "font-size", font);
    for (Series s : chart.series()) {
      String label = s.endLabel() == null ? s.label() : s.label() + " " + s.endLabel();
      List<String> lines = TextMetrics.wrap(label, room, font, 3);
      double cy = y + Canvas.textHeight(1, font) / 2;
      svg.leaf(
          "line",
          "x1",
          PAD,
          "y1",
          cy,
          "x2",
          PAD + 20,
          "y2",
          cy,
          "class",
          "chart-line chart-c" + s.colour() + (s.dashed() ? " chart-dashed" : ""));
      svg.text(
          textX, y + TextMetrics.ASCENT * font, lines, lineHeight, "chart-legend-label", "start");
      y += Canvas.textHeight(lines.size(), font) + 5;
    }
    svg.close("g");
    return y;
  }
}
