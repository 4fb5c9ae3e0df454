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

  /** A coordinate rounded half up to one decimal, {@code 12}, {@code 12.5}, never {@code -0}. */
  static String num(double value) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }
}
