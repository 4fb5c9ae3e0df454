package dev.folio.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What SVG written outside the chart package needs: escaped text and plain coordinates. */
final class Svgs {
  private Svgs() {}

  /** Text for an attribute or an element: {@code & < > "} escaped. */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** A line of text at {@code (x, baseline)}, bold or not, appended to {@code svg}. */
  static void text(
      StringBuilder svg,
      double x,
      double baseline,
      double fontSize,
      String fill,
      boolean bold,
      String line) {
    svg.append("<text x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(baseline))
        .append("\" font-size=\"")
        .append(num(fontSize))
        .append("\" fill=\"")
        .append(fill)
        .append('"')
        .append(bold ? " font-weight=\"700\"" : "")
        .append('>')
        .append(escape(line))
        .append("</text>\n");
  }

  /** A coordinate rounded half up to one decimal, {@code 12}, {@code 12.5}, never {@code -0}. */
  static String num(double value) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }
}
