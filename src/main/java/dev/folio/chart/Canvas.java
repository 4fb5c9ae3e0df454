package dev.folio.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * One SVG being drawn: its width, layout and ids, and where text goes (baselines, heights, labels
 * kept inside the SVG). Layouts draw into {@link #svg} and return the height they used; {@link
 * #finish} wraps the drawing in the {@code <svg>} element. Legends are {@link Legend}'s, axes
 * {@link Axes}'.
 */
final class Canvas {
  /** Space kept free along every edge, so no glyph touches the SVG's box. */
  static final double PAD = 4;

  /** Labels. */
  static final double FONT = 12;

  /** Ticks, annotations, cell text. */
  static final double SMALL = 11;

  static final double GAP = 6;

  final Svg svg = new Svg();
  final Chart chart;
  final double width;
  final boolean narrow;

  /** The SVG's id, e.g. {@code chart-app-adoption-wide}; ids inside it start with it. */
  final String id;

  private final ChartSvg.Variant variant;

  Canvas(Chart chart, ChartSvg.Variant variant) {
    this.chart = chart;
    this.variant = variant;
    this.width = variant.width();
    this.narrow = variant == ChartSvg.Variant.NARROW;
    this.id = chart.id() + "-" + variant.key();
  }

  /** The whole {@code <svg>}: viewBox, accessible name and description, then the drawing. */
  String finish(double height) {
    Svg root = new Svg();
    root.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "id",
        id,
        "class",
        "chart-svg chart-" + variant.key(),
        "viewBox",
        "0 0 " + Svg.num(width) + " " + Svg.num(Math.ceil(height)),
        "role",
        "img",
        "aria-labelledby",
        id + "-title",
        "aria-describedby",
        id + "-desc",
        "font-size",
        Svg.num(FONT));
    root.element("title", chart.title(), "id", id + "-title");
    root.element("desc", chart.description(), "id", id + "-desc");
    return root + svg.toString() + "</svg>\n";
  }

  /** The baseline that centres one line of text of {@code font} on {@code center}. */
  static double baseline(double center, double font) {
    return center + (TextMetrics.ASCENT - TextMetrics.DESCENT) / 2 * font;
  }

  /** The first baseline that centres {@code lines} lines of {@code font} on {@code center}. */
  static double firstBaseline(double center, int lines, double font) {
    return baseline(center, font) - (lines - 1) * font * TextMetrics.LINE_HEIGHT / 2;
  }

  /** The height of {@code lines} lines of {@code font}, from the first top to the last bottom. */
  static double textHeight(int lines, double font) {
    return (lines - 1) * font * TextMetrics.LINE_HEIGHT
        + (TextMetrics.ASCENT + TextMetrics.DESCENT) * font;
  }

  /** A label's centre moved in so that a label {@code w} wide stays inside the SVG. */
  double clampCenter(double center, double w) {
    return Math.max(PAD + w / 2, Math.min(width - PAD - w / 2, center));
  }

  /** Series colour 1…8 of the {@code index}th series: blue, orange, teal, violet, red, … */
  static int colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  private static final int[] COLOURS = {3, 1, 4, 5, 2, 6, 7, 8};

  /** Wraps the lines of every label at once. */
  static List<List<String>> wrapAll(
      List<String> labels, double maxWidth, double font, int maxLines) {
    List<List<String>> wrapped = new ArrayList<>();
    for (String label : labels) {
      wrapped.add(TextMetrics.wrap(label, maxWidth, font, maxLines));
    }
    return wrapped;
  }
}
