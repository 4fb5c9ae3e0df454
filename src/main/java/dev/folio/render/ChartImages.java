package dev.folio.render;

import dev.folio.chart.TextLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart as it leaves the web page: with its colours and fonts written in ({@link ChartStyle}),
 * sized for the PDF's page, or framed as an image that travels on its own, its number and title
 * above it, its source and licence below it, on white.
 */
final class ChartImages {
  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");

  /** The margin of an image around its content, in SVG units (pixels at 1×). */
  static final double PAD = 24;

  static final double TITLE = 18;
  static final double TEXT = 12.5;
  static final double SMALL = 11;
  static final String INK = "#1d2129";
  static final String MUTED = "#4e5969";

  private ChartImages() {}

  /** The width and height of an SVG's view box. */
  static double[] size(String svg) {
    Matcher box = VIEW_BOX.matcher(svg);
    if (!box.find()) {
      throw new IllegalArgumentException("a chart's SVG has a view box 0 0 W H");
    }
    return new double[] {Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2))};
  }

  /** The chart coloured, in {@code fontFamilies}, {@code width} millimetres wide. */
  static String sized(ChartStyle style, String svg, String fontFamilies, int width) {
    double[] size = size(svg);
    double height = width * size[1] / size[0];
    return style.apply(
        svg,
        "font-family",
        fontFamilies,
        "width",
        width + "mm",
        "height",
        String.format(Locale.ROOT, "%.1fmm", height));
  }

  /**
   * The words an image of a chart shows around it.
   *
   * @param title its number and title, {@code Figure 2 · …}
   * @param description what it shows
   * @param source where its data come from, in one line
   * @param rights its licence (or whose it is) and where it is on the web
   */
  record Words(String title, String description, String source, String rights) {}

  /**
   * The chart as an image of its own: {@code words} around its wide layout, on white, in {@code
   * fontFamilies}. The same chart and words always give the same bytes.
   */
  static String image(ChartStyle style, String svg, Words words, String fontFamilies) {
    double[] size = size(svg);
    double width = size[0];
    Lines lines = new Lines(width);
    lines.add(words.title(), TITLE, INK, true, 3);
    lines.add(words.description(), TEXT, MUTED, false, 3);
    lines.gap(10);
    double chartTop = lines.y;
    lines.y += size[1] + 12;
    lines.add(words.source(), SMALL, MUTED, false, 3);
    lines.add(words.rights(), SMALL, MUTED, false, 2);
    double total = Math.ceil(lines.y + PAD - 6);
    double outer = width + 2 * PAD;
    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(Svgs.num(outer))
        .append("\" height=\"")
        .append(Svgs.num(total))
        .append("\" viewBox=\"0 0 ")
        .append(Svgs.num(outer))
        .append(' ')
        .append(Svgs.num(total))
        .append("\" font-family=\"")
        .append(Svgs.escape(fontFamilies))
        .append("\">\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        .append(lines.svg)
        .append(
            style.apply(
                svg,
                "x",
                Svgs.num(PAD),
                "y",
                Svgs.num(chartTop),
                "width",
                Svgs.num(width),
                "height",
                Svgs.num(size[1]),
                "font-family",
                fontFamilies))
        .append("</svg>\n");
    return out.toString();
  }

  /** Lines of text laid out from the top, each wrapped to the chart's width. */
  static final class Lines {
    final StringBuilder svg = new StringBuilder();
    final double width;
    double y = PAD;

    Lines(double width) {
      this.width = width;
    }

    void gap(double height) {
      y += height;
    }

    /** {@code text} (nothing if null or blank) in at most {@code max} lines. */
    void add(String text, double font, String fill, boolean bold, int max) {
      if (text == null || text.isBlank()) {
        return;
      }
      List<String> wrapped =
          new ArrayList<>(TextLayout.wrap(text, bold ? width / 1.08 : width, font, max));
      for (String line : wrapped) {
        Svgs.text(svg, PAD, y + TextLayout.ASCENT * font, font, fill, bold, line);
        y += font * TextLayout.LINE_HEIGHT;
      }
      y += font * 0.4;
    }
  }
}
