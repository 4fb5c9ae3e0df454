package dev.folio.chart;

import static dev.folio.chart.Canvas.FONT;
import static dev.folio.chart.Canvas.PAD;
import static dev.folio.chart.Canvas.SMALL;

import dev.folio.model.ChartSpec;
import dev.folio.model.Column;
import dev.folio.model.Correction;
import dev.folio.model.DataTable;
import dev.folio.model.Row;
import dev.folio.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A dot per row on a number axis (usually log). Where a source corrects a value, the published dot
 * is hollow and an arrow leads to the corrected dot; an unconfirmed value has a dashed ring. Each
 * row's value is written beside its marks, on whichever side has room.
 */
public final class DotsChart extends ChartKind<DotsChart.Dots> {
  /** The kind, as {@link ChartKinds} registers it. */
  static final DotsChart KIND = new DotsChart();

  private DotsChart() {
    super(
        "dots",
        List.of(
            new Role("label", FieldType.ANY, true),
            new Role("value", FieldType.NUMBER, true),
            new Role("group", FieldType.ANY, false)),
        "scale",
        "sort");
  }

  // ---- what it draws -------------------------------------------------------------------------

  /**
   * A dot per row on a number axis; where a source corrects the value, the published dot is hollow
   * and an arrow leads to the corrected one; an unconfirmed value is flagged.
   */
  public record Dots(
      String id,
      String title,
      String description,
      List<DotRow> rows,
      Chart.Axis axis,
      Chart.ErrataLegend legend)
      implements Chart {
    public Dots {
      rows = List.copyOf(rows);
      ChartKind.requireSome(rows, "rows");
    }

    @Override
    public String svg(ChartSvg.Variant variant) {
      return KIND.svg(this, variant);
    }
  }

  /**
   * One row of a dot chart: its label, a quieter label after it (may be null), the published value,
   * the corrected value (null when none) and whether the value is unconfirmed, how the page writes
   * the published and the corrected value, and whether the value was revised since the report was
   * published (or its row added since).
   */
  public record DotRow(
      String label,
      String sublabel,
      double value,
      Double corrected,
      boolean unconfirmed,
      String valueLabel,
      String correctedLabel,
      boolean revised) {
    public DotRow {
      if ((corrected == null) != (correctedLabel == null)) {
        throw new IllegalArgumentException("a corrected value needs its label, and only then");
      }
    }

    public DotRow(
        String label,
        String sublabel,
        double value,
        Double corrected,
        boolean unconfirmed,
        String valueLabel,
        String correctedLabel) {
      this(label, sublabel, value, corrected, unconfirmed, valueLabel, correctedLabel, false);
    }
  }

  // ---- view ----------------------------------------------------------------------------------

  @Override
  public Dots view(ChartSpec spec, DataTable table, ChartData data) {
    Column label = data.field(spec, table, "label");
    Column value = data.field(spec, table, "value");
    Column group = spec.setting("group").isPresent() ? data.field(spec, table, "group") : null;
    List<DotRow> rows = new ArrayList<>();
    for (Row row : data.sorted(spec, table, value)) {
      Optional<Value> v = row.value(value.key()).filter(Value.Num.class::isInstance);
      if (v.isEmpty()) {
        continue;
      }
      Correction correction = row.corrections().get(value.key());
      Double corrected =
          correction != null && correction.value() instanceof Value.Num n
              ? n.value().doubleValue()
              : null;
      boolean unconfirmed = correction != null && correction.value() == null;
      String shown = data.compact(ChartData.number(v.get()), value);
      if (unconfirmed) {
        shown = shown + data.bracketed(data.string("chart.unconfirmed"));
      }
      rows.add(
          new DotRow(
              data.text(row, label),
              group == null ? null : data.text(row, group),
              ChartData.number(v.get()),
              corrected,
              unconfirmed,
              shown,
              corrected == null ? null : data.compact(corrected, value),
              data.revised(table, row, label, value)));
    }
    return new Dots(
        data.id(spec),
        data.title(spec),
        data.description(spec),
        rows,
        data.axis(value, log(spec, "value")),
        data.errataLegend());
  }

  // ---- layout --------------------------------------------------------------------------------

  @Override
  double draw(Dots chart, Canvas canvas) {
    return new Layout(chart, canvas).draw();
  }

  /**
   * One drawing of a dot chart, phase by phase: the errata legend, the rows' labels, the scale and
   * its axis, then the rows, their marks and their labels.
   */
  private static final class Layout {
    private static final double ROW = 26;

    private final Dots chart;
    private final Canvas canvas;
    private final Svg svg;
    private final List<DotRow> rows;
    private double top = PAD;
    private final List<String> labels = new ArrayList<>();

    /** Each row's quieter label after its label, or null when it has none or no room. */
    private final List<String> sublabels = new ArrayList<>();

    private double left;
    private double right;
    private BandScale band;
    private NumberScale x;
    private double labelsBottom;

    /** Each row's marks from left to right. */
    private double[][] extents;

    Layout(Dots chart, Canvas canvas) {
      this.chart = chart;
      this.canvas = canvas;
      this.svg = canvas.svg;
      this.rows = chart.rows();
    }

    double draw() {
      boolean anyCorrected = rows.stream().anyMatch(r -> r.corrected() != null);
      boolean anyUnconfirmed = rows.stream().anyMatch(DotRow::unconfirmed);
      top = Legend.errata(canvas, chart.legend(), anyCorrected, anyUnconfirmed, top);
      left = PAD + labels() + 12;
      right = canvas.width - PAD - 8;
      band =
          new BandScale(
              IntStream.range(0, rows.size()).mapToObj(Integer::toString).toList(),
              top,
              top + rows.size() * ROW,
              0,
              0);
      scaleAndAxis(top + rows.size() * ROW + 4);
      rowLines();
      marks();
      svg.open("g", "class", "chart-labels");
      for (int i = 0; i < rows.size(); i++) {
        rowLabel(i);
        valueLabel(i);
      }
      svg.close("g");
      return Axes.bottomTitle(canvas, chart.axis().title(), labelsBottom) + PAD;
    }

    /** Each row's label, and its sublabel where there is room; returns the widest. */
    private double labels() {
      double maxLabel = canvas.width * (canvas.narrow ? 0.4 : 0.3);
      double labelWidth = 0;
      for (DotRow row : rows) {
        String label = TextMetrics.abbreviate(row.label(), maxLabel, FONT);
        String sub = null;
        double w = TextMetrics.width(label, FONT);
        if (row.sublabel() != null) {
          double room = maxLabel - w - TextMetrics.width(" ", FONT);
          if (room > SMALL * 3) {
            sub = TextMetrics.abbreviate(row.sublabel(), room, SMALL);
            w += TextMetrics.width(" ", FONT) + TextMetrics.width(sub, SMALL);
          }
        }
        labels.add(label);
        sublabels.add(sub);
        labelWidth = Math.max(labelWidth, w);
      }
      return labelWidth;
    }

    /** The scale over every published and corrected value, and its axis at {@code axisY}. */
    private void scaleAndAxis(double axisY) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (DotRow row : rows) {
        min = Math.min(min, row.value());
        max = Math.max(max, row.value());
        if (row.corrected() != null) {
          min = Math.min(min, row.corrected());
          max = Math.max(max, row.corrected());
        }
      }
      x = NumberScale.of(chart.axis().log(), min, max, left, right, 5);
      labelsBottom = Axes.bottomAxis(canvas, x, chart.axis(), left, right, top, axisY);
    }

    private void rowLines() {
      svg.open("g", "class", "chart-rows");
      for (int i = 0; i < rows.size(); i++) {
        double cy = band.center(i);
        svg.leaf("line", "x1", left, "y1", cy, "x2", right, "y2", cy, "class", "chart-row-line");
      }
      svg.close("g");
    }

    /** A dot per row; a corrected row's published dot, an arrow and the corrected dot. */
    private void marks() {
      svg.open("g", "class", "chart-marks");
      extents = new double[rows.size()][];
      for (int i = 0; i < rows.size(); i++) {
        DotRow row = rows.get(i);
        double cy = band.center(i);
        double published = x.map(row.value());
        if (row.corrected() != null) {
          double corrected = x.map(row.corrected());
          Marks.arrow(svg, published, corrected, cy);
          Marks.dot(svg, published, cy, "chart-dot-published");
          Marks.dot(svg, corrected, cy, "chart-dot-corrected");
          extents[i] =
              new double[] {Math.min(published, corrected), Math.max(published, corrected)};
        } else {
          Marks.dot(svg, published, cy, row.unconfirmed() ? "chart-dot-unconfirmed" : "chart-dot");
          extents[i] = new double[] {published, published};
        }
        if (row.revised()) {
          Marks.revised(svg, published, cy);
        }
      }
      svg.close("g");
    }

    private void rowLabel(int i) {
      double base = Canvas.baseline(band.center(i), FONT);
      if (sublabels.get(i) == null) {
        svg.text(left - 10, base, labels.get(i), "chart-label", "end");
      } else {
        double subWidth = TextMetrics.width(sublabels.get(i), SMALL);
        svg.text(
            left - 10 - subWidth - TextMetrics.width(" ", FONT),
            base,
            labels.get(i),
            "chart-label",
            "end");
        svg.text(left - 10, base, sublabels.get(i), "chart-sublabel", "end", "font-size", SMALL);
      }
    }

    /**
     * The row's value beside its marks: for a correction, each value beside its own dot where both
     * fit; otherwise one label after the marks, or before them where there is no room.
     */
    private void valueLabel(int i) {
      DotRow row = rows.get(i);
      double y = Canvas.baseline(band.center(i), SMALL);
      if (row.corrected() != null && besideEachDot(row, y)) {
        return;
      }
      String value =
          row.corrected() == null
              ? row.valueLabel()
              : row.valueLabel() + " → " + row.correctedLabel();
      double w = TextMetrics.width(value, SMALL);
      double after = extents[i][1] + Marks.RADIUS + 5;
      double before = extents[i][0] - Marks.RADIUS - 5;
      if (after + w <= canvas.width - PAD || before - w < left) {
        value = TextMetrics.abbreviate(value, canvas.width - PAD - after, SMALL);
        svg.text(after, y, value, "chart-value", "start", "font-size", SMALL);
      } else {
        svg.text(before, y, value, "chart-value", "end", "font-size", SMALL);
      }
    }

    /**
     * The published and the corrected value each beside its own dot, on the side away from the
     * other dot, if both fit; returns whether they did.
     */
    private boolean besideEachDot(DotRow row, double y) {
      double published = x.map(row.value());
      double corrected = x.map(row.corrected());
      double pw = TextMetrics.width(row.valueLabel(), SMALL);
      double cw = TextMetrics.width(row.correctedLabel(), SMALL);
      double gap = Marks.RADIUS + 5;
      boolean down = corrected < published;
      double pubStart = down ? published + gap : published - gap - pw;
      double corStart = down ? corrected - gap - cw : corrected + gap;
      if (pubStart >= left
          && pubStart + pw <= canvas.width - PAD
          && corStart >= left
          && corStart + cw <= canvas.width - PAD) {
        svg.text(
            pubStart,
            y,
            row.valueLabel(),
            "chart-value chart-value-published",
            "start",
            "font-size",
            SMALL);
        svg.text(
            corStart,
            y,
            row.correctedLabel(),
            "chart-value chart-value-corrected",
            "start",
            "font-size",
            SMALL);
        return true;
      }
      return false;
    }
  }
}
