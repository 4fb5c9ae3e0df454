package dev.folio.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes SVG markup deterministically: attributes in the order given, coordinates rounded half up
 * to one decimal with no exponent and no {@code -0}, text escaped, one element per line.
 */
final class Svg {
  private final StringBuilder out = new StringBuilder();

  /** {@code <tag a="v"…>}; attributes are name/value pairs, a null value leaves one out. */
  Svg open(String tag, Object... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append(">\n");
    return this;
  }

  /** {@code <tag a="v"…/>}. */
  Svg leaf(String tag, Object... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>\n");
    return this;
  }

  Svg close(String tag) {
    out.append("</").append(tag).append(">\n");
    return this;
  }

  /** An element with text content: {@code <title>…</title>}. */
  Svg element(String tag, String content, Object... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>').append(escape(content)).append("</").append(tag).append(">\n");
    return this;
  }

  /**
   * One {@code <text>} of one or more lines; {@code y} is the first line's baseline, later lines
   * follow at {@code lineHeight}.
   */
  Svg text(
      double x,
      double y,
      List<String> lines,
      double lineHeight,
      String cssClass,
      String anchor,
      Object... attributes) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    attribute("class", cssClass);
    attribute("text-anchor", "start".equals(anchor) ? null : anchor);
    attributes(attributes);
    out.append('>');
    if (lines.size() == 1) {
      out.append(escape(lines.get(0)));
    } else {
      for (int i = 0; i < lines.size(); i++) {
        out.append("<tspan x=\"")
            .append(num(x))
            .append("\" y=\"")
            .append(num(y + i * lineHeight))
            .append("\">")
            .append(escape(lines.get(i)))
            .append("</tspan>");
      }
    }
    out.append("</text>\n");
    return this;
  }

  Svg text(double x, double y, String line, String cssClass, String anchor, Object... attributes) {
    return text(x, y, List.of(line), 0, cssClass, anchor, attributes);
  }

  /** Markup written elsewhere, as it is. */
  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  /** A path through points: {@code M x,y L x,y …}. */
  static String polyline(List<double[]> points) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      d.append(i == 0 ? "M" : "L")
          .append(num(points.get(i)[0]))
          .append(',')
          .append(num(points.get(i)[1]));
    }
    return d.toString();
  }

  private void attributes(Object[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      attribute((String) attributes[i], attributes[i + 1]);
    }
  }

  private void attribute(String name, Object value) {
    if (value == null) {
      return;
    }
    String text =
        value instanceof Double d
            ? num(d)
            : value instanceof Integer n ? Integer.toString(n) : escape(value.toString());
    out.append(' ').append(name).append("=\"").append(text).append('"');
  }

  /** A coordinate: rounded half up to one decimal, {@code 12}, {@code 12.5}, never {@code -0}. */
  static String num(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite coordinate: " + value);
    }
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.toPlainString();
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
