package dev.folio.render;

import dev.folio.chart.TextLayout;
import java.util.List;

/**
 * A page's share card: the 1200×630 image that sites a page is shared on show beside its link (Open
 * Graph, Twitter), as SVG for {@code output} to draw as PNG. It shows the page's title, the report
 * (or site) it belongs to and, where the page places a chart, its first chart; text in the
 * language's fonts, on white, with the theme's accent colour.
 */
final class Cards {
  static final int WIDTH = 1200;
  static final int HEIGHT = 630;
  private static final double PAD = 72;
  private static final String ACCENT = "#0b57d0";

  private Cards() {}

  /**
   * The card.
   *
   * @param over what the title belongs to (the report, or the site), above it
   * @param title the page's title
   * @param under a line at the foot: the site, the date
   * @param chart the page's first chart, coloured (an {@code svg} with a view box), or null
   */
  static String card(String over, String title, String under, String chart, String fontFamilies) {
    double width = WIDTH - 2 * PAD;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" font-family=\"")
        .append(Svgs.escape(fontFamilies))
        .append("\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        .append("<rect width=\"100%\" height=\"14\" fill=\"")
        .append(ACCENT)
        .append("\"/>\n");
    double y = PAD;
    y = lines(svg, over, 26, ChartImages.MUTED, false, 1, y, width);
    double titleSize = chart == null ? 60 : 40;
    y = lines(svg, title, titleSize, ChartImages.INK, true, chart == null ? 4 : 2, y + 12, width);
    double foot = HEIGHT - PAD + 10;
    if (chart != null) {
      double top = y + 16;
      double height = foot - 40 - top;
      svg.append(
          new ChartStyle("")
              .apply(
                  chart,
                  "x",
                  Svgs.num(PAD),
                  "y",
                  Svgs.num(top),
                  "width",
                  Svgs.num(width),
                  "height",
                  Svgs.num(Math.max(60, height))));
    }
    lines(svg, under, 24, ChartImages.MUTED, false, 1, foot - 24 * TextLayout.ASCENT, width);
    return svg.append("</svg>\n").toString();
  }

  /** {@code text} from {@code y} down in at most {@code max} lines; where the next line goes. */
  private static double lines(
      StringBuilder svg,
      String text,
      double font,
      String fill,
      boolean bold,
      int max,
      double y,
      double width) {
    if (text == null || text.isBlank()) {
      return y;
    }
    List<String> wrapped = TextLayout.wrap(text, bold ? width / 1.08 : width, font, max);
    for (String line : wrapped) {
      Svgs.text(svg, PAD, y + TextLayout.ASCENT * font, font, fill, bold, line);
      y += font * TextLayout.LINE_HEIGHT;
    }
    return y;
  }
}
