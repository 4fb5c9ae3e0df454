package dev.folio.chart;

import java.util.List;

/** Every kind of chart Folio draws, each registered once, here. */
public final class ChartKinds {
  private static final List<ChartKind<?>> ALL =
      List.of(
          BarsChart.KIND,
          DotsChart.KIND,
          TimelineChart.KIND,
          GridChart.KIND,
          HypeCycleChart.KIND,
          LinesChart.KIND);

  private ChartKinds() {}

  /** The kinds, in the order the charts schema lists them. */
  public static List<ChartKind<?>> all() {
    return ALL;
  }

  /** The kind {@code code} names; the charts schema lets through only the codes of these. */
  public static ChartKind<?> of(String code) {
    for (ChartKind<?> kind : ALL) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new IllegalStateException("the schema lets through an unknown chart kind: " + code);
  }
}
