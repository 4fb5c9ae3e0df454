package dev.folio.chart;

import dev.folio.model.ChartSpec;
import dev.folio.model.DataTable;
import java.util.List;

/**
 * One kind of chart, in one class: its code in {@code charts.yaml}, its view (what a chart of
 * this kind shows of its table, in the page's language) and its layout.
 * {@link ChartKinds} lists the kinds.
 *
 * @param <C> the record a chart of this kind is drawn from
 */
public abstract class ChartKind<C extends Chart> {
  private final String code;

  ChartKind(String code) {
    this.code = code;
  }

  /** The name written in charts.yaml. */
  public final String code() {
    return code;
  }

  /**
   * Whether the number field {@code setting} names is drawn on a log scale: by the chart's
   * {@code scale}, for kinds with one number axis.
   */
  boolean log(ChartSpec chart, String setting) {
    return chart.value("scale", "linear").equals("log");
  }

  /**
   * What {@code chart} shows of {@code table}, every word in {@code data}'s language; the
   * checker has made sure that the fields it reads exist and hold what it needs.
   */
  public abstract C view(ChartSpec chart, DataTable table, ChartData data);

  /** Draws {@code chart} into {@code canvas}; returns the height it used. */
  abstract double draw(C chart, Canvas canvas);

  /** {@code chart} as one {@code <svg>} element, in {@code variant}'s layout. */
  final String svg(C chart, ChartSvg.Variant variant) {
    Canvas canvas = new Canvas(chart, variant);
    return canvas.finish(draw(chart, canvas));
  }

  static void requireSome(List<?> list, String what) {
    if (list.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one of its " + what);
    }
  }
}
