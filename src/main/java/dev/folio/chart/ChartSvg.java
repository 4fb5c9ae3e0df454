package dev.folio.chart;

import java.util.Locale;

/**
 * Draws a {@link Chart} as SVG text, in a wide layout for screens from about 40em up or a narrow
 * one for phones. The same chart and layout always give the same bytes. Each chart's kind ({@link
 * ChartKind}) lays it out.
 */
public final class ChartSvg {
  /** A layout: its width in SVG units (the SVG scales to its container through viewBox). */
  public enum Variant {
    WIDE(720),
    NARROW(340);

    private final int width;

    Variant(int width) {
      this.width = width;
    }

    public int width() {
      return width;
    }

    /** {@code wide} or {@code narrow}: in ids and class names. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private ChartSvg() {}

  /** The chart as one {@code <svg>} element, ready to place in HTML, drawn by its kind. */
  public static String render(Chart chart, Variant variant) {
    return chart.svg(variant);
  }
}
