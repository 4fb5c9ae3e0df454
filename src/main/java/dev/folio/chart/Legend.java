package dev.folio.chart;

import static dev.folio.chart.Canvas.PAD;
import static dev.folio.chart.Canvas.SMALL;

import java.util.ArrayList;
import java.util.List;

/**
 * Legends: symbols with their labels, left to right, wrapping into rows; and the errata legend that
 * every kind drawing corrected values shares (the published figure, a correction, an unconfirmed
 * figure).
 */
final class Legend {
  private Legend() {}

  /** Draws a legend symbol centred vertically on {@code cy}, starting at {@code x}. */
  @FunctionalInterface
  interface Symbol {
    void draw(Svg svg, double x, double cy);
  }

  record Item(double symbolWidth, Symbol symbol, String label) {}

  /**
   * Legend items left to right from ({@code x}, {@code top}), wrapping to a new row when the next
   * would pass {@code maxWidth}. Returns the height used.
   */
  static double draw(Canvas canvas, List<Item> items, double x, double top, double maxWidth) {
    if (items.isEmpty()) {
      return 0;
    }
    Svg svg = canvas.svg;
    double rowHeight = SMALL * TextMetrics.LINE_HEIGHT + 4;
    double cx = x;
    double cy = top + rowHeight / 2;
    svg.open("g", "class", "chart-legend");
    for (Item item : items) {
      double room = maxWidth - item.symbolWidth() - 5;
      String label = TextMetrics.abbreviate(item.label(), room, SMALL);
      double itemWidth = item.symbolWidth() + 5 + TextMetrics.width(label, SMALL);
      if (cx > x && cx + itemWidth > x + maxWidth) {
        cx = x;
        cy += rowHeight;
      }
      item.symbol().draw(svg, cx, cy);
      svg.text(
          cx + item.symbolWidth() + 5,
          Canvas.baseline(cy, SMALL),
          label,
          "chart-legend-label",
          "start",
          "font-size",
          SMALL);
      cx += itemWidth + 14;
    }
    svg.close("g");
    return cy + rowHeight / 2 - top;
  }

  /** A filled rectangle, for levels and categories. */
  static Symbol swatch(String cssClass) {
    return (svg, x, cy) ->
        svg.leaf("rect", "x", x, "y", cy - 5.0, "width", 14.0, "height", 10.0, "class", cssClass);
  }

  /**
   * The errata legend across the top, when the chart has a legend and shows a corrected or an
   * unconfirmed value: a published dot, then a correction's arrow and an unconfirmed dot where the
   * chart has them. Returns the top of what follows.
   */
  static double errata(
      Canvas canvas,
      Chart.ErrataLegend legend,
      boolean corrected,
      boolean unconfirmed,
      double top) {
    if (legend == null || !(corrected || unconfirmed)) {
      return top;
    }
    List<Item> items = new ArrayList<>();
    items.add(new Item(10, (s, x, cy) -> Marks.dot(s, x + 5, cy, "chart-dot"), legend.published()));
    if (corrected) {
      items.add(
          new Item(
              34,
              (s, x, cy) -> {
                Marks.dot(s, x + 5, cy, "chart-dot-published");
                Marks.arrow(s, x + 5, x + 29, cy);
                Marks.dot(s, x + 29, cy, "chart-dot-corrected");
              },
              legend.corrected()));
    }
    if (unconfirmed) {
      items.add(
          new Item(
              10,
              (s, x, cy) -> Marks.dot(s, x + 5, cy, "chart-dot-unconfirmed"),
              legend.unconfirmed()));
    }
    return top + (draw(canvas, items, PAD, top, canvas.width - 2 * PAD) + 8);
  }
}
