package dev.folio.chart;

import java.util.List;

/**
 * One kind of chart, in one class: its code in {@code charts.yaml} and its layout.
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
