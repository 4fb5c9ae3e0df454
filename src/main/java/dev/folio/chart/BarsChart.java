package dev.folio.chart;

import static dev.folio.chart.Canvas.FONT;
import static dev.folio.chart.Canvas.PAD;

import dev.folio.model.ChartSpec;
import dev.folio.model.Column;
import dev.folio.model.DataTable;
import dev.folio.model.Row;
import dev.folio.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Horizontal bars: category labels on the left (wrapped to two lines), the value at the end of each
 * bar, a value axis with grid lines underneath. A highlighted bar takes the accent colour.
 */
public final class BarsChart extends ChartKind<BarsChart.Bars> {
  /** The kind, as {@link ChartKinds} registers it. */
  static final BarsChart KIND = new BarsChart();

  private BarsChart() {
    super(
        "bars",
        List.of(new Role("label", FieldType.ANY, true), new Role("value", FieldType.NUMBER, true)),
        "highlight",
        "scale",
        "sort");
  }

  // ---- what it draws -------------------------------------------------------------------------

  /** Horizontal bars, one per category, in the order given. */
  public record Bars(String id, String title, String description, List<Bar> bars, Chart.Axis axis)
      implements Chart {
    public Bars {
      bars = List.copyOf(bars);
      ChartKind.requireSome(bars, "bars");
    }

    @Override
    public String svg(ChartSvg.Variant variant) {
      return KIND.svg(this, variant);
    }
  }

  /**
   * One bar; {@code valueLabel} is the value as the page writes it; a revised bar's value changed
   * since the report was published (or its row was added since).
   */
  public record Bar(
      String label, double value, String valueLabel, boolean highlighted, boolean revised) {
    public Bar(String label, double value, String valueLabel, boolean highlighted) {
      this(label, value, valueLabel, highlighted, false);
    }
  }

  // ---- checks --------------------------------------------------------------------------------

  /** {@code highlight} names a row of the table. */
  @Override
  void checkOptions(ChartSpec chart, DataTable table, ChartChecks checks) {
    chart
        .setting("highlight")
        .ifPresent(
            highlight -> {
              if (table.row(highlight.value()).isEmpty()) {
                List<String> ids =
                    table.rows().stream().map(Row::id).filter(Objects::nonNull).toList();
                checks.add(
                    highlight.pos(),
                    "table \""
                        + table.name()
                        + "\" has no row \""
                        + highlight.value()
                        + "\" to highlight",
                    ChartChecks.didYouMean(highlight.value(), ids)
                        .orElse("\"highlight\" names a row id: " + String.join(", ", ids)));
              }
            });
  }

  // ---- view ----------------------------------------------------------------------------------

  @Override
  public Bars view(ChartSpec spec, DataTable table, ChartData data) {
    Column label = data.field(spec, table, "label");
    Column value = data.field(spec, table, "value");
    String highlight = spec.value("highlight", null);
    List<Bar> bars = new ArrayList<>();
    for (Row row : data.sorted(spec, table, value)) {
      row.value(value.key())
          .filter(Value.Num.class::isInstance)
          .ifPresent(
              v ->
                  bars.add(
                      new Bar(
                          data.text(row, label),
                          ChartData.number(v),
                          data.display(v, value),
                          row.id() != null && row.id().equals(highlight),
                          data.revised(table, row, label, value))));
    }
    return new Bars(
        data.id(spec),
        data.title(spec),
        data.description(spec),
        bars,
        data.axis(value, log(spec, "value")));
  }

  // ---- layout --------------------------------------------------------------------------------

  @Override
  double draw(Bars chart, Canvas canvas) {
    return new Layout(chart, canvas).draw();
  }

  /**
   * One drawing of a bar chart, phase by phase: the labels' and values' widths, the rows, the scale
   * and its axis, then the bars and their labels.
   */
  private static final class Layout {
    private static final double TOP = PAD + 2;

    private final Bars chart;
    private final Canvas canvas;
    private final Svg svg;
    private final List<Bar> bars;
    private List<List<String>> labels;
    private double left;
    private double right;
    private double[] rowTop;
    private double[] rowHeight;
    private double axisY;
    private NumberScale x;

    Layout(Bars chart, Canvas canvas) {
      this.chart = chart;
      this.canvas = canvas;
      this.svg = canvas.svg;
      this.bars = chart.bars();
    }

    double draw() {
      measure();
      rows();
      double min = bars.stream().mapToDouble(Bar::value).min().orElseThrow();
      double max = bars.stream().mapToDouble(Bar::value).max().orElseThrow();
      x = NumberScale.of(chart.axis().log(), min, max, left, right, 5);
      double labelsBottom = Axes.bottomAxis(canvas, x, chart.axis(), left, right, TOP, axisY);
      double zero = chart.axis().log() ? left : x.map(0);
      bars(zero);
      svg.leaf("line", "x1", zero, "y1", TOP, "x2", zero, "y2", axisY, "class", "chart-baseline");
      labels();
      return Axes.bottomTitle(canvas, chart.axis().title(), labelsBottom) + PAD;
    }

    /** The labels (wrapped to two lines) left of the bars, the values right of them. */
    private void measure() {
      double maxLabel = canvas.width * (canvas.narrow ? 0.36 : 0.28);
      labels = Canvas.wrapAll(bars.stream().map(Bar::label).toList(), maxLabel, FONT, 2);
      double labelWidth = 0;
      double valueWidth = 0;
      for (int i = 0; i < bars.size(); i++) {
        double factor = bars.get(i).highlighted() ? TextMetrics.BOLD : 1;
        labelWidth = Math.max(labelWidth, TextMetrics.width(labels.get(i), FONT) * factor);
        valueWidth =
            Math.max(valueWidth, TextMetrics.width(bars.get(i).valueLabel(), FONT) * factor);
      }
      left = PAD + labelWidth + 10;
      right = canvas.width - PAD - valueWidth - 6;
    }

    /** A row per bar, as tall as its label; the axis under the last. */
    private void rows() {
      rowTop = new double[bars.size()];
      rowHeight = new double[bars.size()];
      double y = TOP;
      for (int i = 0; i < bars.size(); i++) {
        rowTop[i] = y;
        rowHeight[i] = Math.max(28, Canvas.textHeight(labels.get(i).size(), FONT) + 10);
        y += rowHeight[i];
      }
      axisY = y + 2;
    }

    private void bars(double zero) {
      svg.open("g", "class", "chart-bars");
      for (int i = 0; i < bars.size(); i++) {
        Bar bar = bars.get(i);
        double thickness = Math.min(18, rowHeight[i] - 10);
        double barY = rowTop[i] + (rowHeight[i] - thickness) / 2;
        double end = x.map(bar.value());
        svg.leaf(
            "rect",
            "x",
            Math.min(zero, end),
            "y",
            barY,
            "width",
            Math.abs(end - zero),
            "height",
            thickness,
            "class",
            bar.highlighted() ? "chart-bar chart-highlight" : "chart-bar");
        if (bar.revised()) {
          Marks.revised(svg, end, barY + thickness / 2);
        }
      }
      svg.close("g");
    }

    /** Each bar's label left of it, its value at its end. */
    private void labels() {
      svg.open("g", "class", "chart-labels");
      for (int i = 0; i < bars.size(); i++) {
        Bar bar = bars.get(i);
        double center = rowTop[i] + rowHeight[i] / 2;
        String strong = bar.highlighted() ? " chart-strong" : "";
        svg.text(
            left - 8,
            Canvas.firstBaseline(center, labels.get(i).size(), FONT),
            labels.get(i),
            FONT * TextMetrics.LINE_HEIGHT,
            "chart-label" + strong,
            "end");
        svg.text(
            x.map(bar.value()) + 5,
            Canvas.baseline(center, FONT),
            bar.valueLabel(),
            "chart-value" + strong,
            "start");
      }
      svg.close("g");
    }
  }
}
