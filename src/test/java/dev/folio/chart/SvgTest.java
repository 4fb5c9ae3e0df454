package dev.folio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SVG writer: fixed rounding, escaping, attribute order. */
class SvgTest {
  @Test
  void coordinatesAreRoundedHalfUpToOneDecimalWithoutMinusZero() {
    assertThat(Svg.num(12)).isEqualTo("12");
    assertThat(Svg.num(12.25)).isEqualTo("12.3");
    assertThat(Svg.num(12.24999)).isEqualTo("12.2");
    assertThat(Svg.num(-0.04)).isEqualTo("0");
    assertThat(Svg.num(-1.25)).isEqualTo("-1.3");
    assertThat(Svg.num(1e7)).isEqualTo("10000000");
    assertThat(Svg.num(0.1 + 0.2)).isEqualTo("0.3");
    assertThatThrownBy(() -> Svg.num(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textIsEscapedAndAttributesKeepTheirOrder() {
    String svg =
        new Svg()
            .text(1, 2, "a < b & \"c\"", "chart-label", "end", "font-size", 11.0)
            .leaf("rect", "x", 0.0, "y", null, "class", "x")
            .toString();
    assertThat(svg)
        .isEqualTo(
            "<text x=\"1\" y=\"2\" class=\"chart-label\" text-anchor=\"end\""
                + " font-size=\"11\">a &lt; b &amp; &quot;c&quot;</text>\n<rect x=\"0\" class=\"x\"/>\n");
    assertThat(new Svg().text(5, 10, List.of("one", "two"), 13, null, "start").toString())
        .isEqualTo(
            "<text x=\"5\" y=\"10\"><tspan x=\"5\" y=\"10\">one</tspan>"
                + "<tspan x=\"5\" y=\"23\">two</tspan></text>\n");
  }
}
