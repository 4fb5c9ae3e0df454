package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.folio.output.PdfChartMarks.Area;
import dev.folio.output.PdfChartMarks.Label;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * The SVG subset the PDF edition draws itself: Folio's charts are read whole, in order, their
 * presentation attributes inherited; anything outside the subset is left to Batik (null).
 */
class PdfChartMarksTest {
  private static Element svg(String markup) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String chart(String inside) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\""
        + " viewBox=\"0 0 200 100\" font-family=\"'DejaVu Sans', serif\" font-size=\"10\">"
        + inside
        + "</svg>";
  }

  @Test
  void theTestChartIsReadWholeInOrder() throws Exception {
    String markup =
        Files.readString(Path.of("src/test/resources/pdf-charts/chart.svg"))
            .replace("FAMILIES", "'DejaVu Sans'");
    PdfChartMarks.Read read = PdfChartMarks.read(svg(markup));
    assertThat(read).isNotNull();
    assertThat(read.viewWidth()).isEqualTo(720);
    assertThat(read.marks()).hasSize(24);
    assertThat(read.marks().get(0)).isInstanceOf(Area.class);
    assertThat(read.marks().stream().filter(Label.class::isInstance)).hasSize(12);
  }

  @Test
  void labelsInheritTheirStyleAndTakeTheirPlaceFromTheirTspans() {
    PdfChartMarks.Read read =
        PdfChartMarks.read(
            svg(
                chart(
                    "<g fill=\"#ff0000\" font-weight=\"bold\" text-anchor=\"middle\">"
                        + "<text x=\"5\" y=\"6\"><tspan x=\"10\" y=\"20\">One  line</tspan>"
                        + "<tspan x=\"10\" y=\"32\">\n  and another </tspan></text></g>")));
    List<Label> labels = read.marks().stream().map(Label.class::cast).toList();
    assertThat(labels)
        .extracting(Label::text, Label::x, Label::y, Label::weight, Label::anchor)
        .containsExactly(
            tuple("One line", 10.0, 20.0, 700, "middle"),
            tuple("and another", 10.0, 32.0, 700, "middle"));
    assertThat(labels.get(0).families()).containsExactly("DejaVu Sans", "serif");
    assertThat(labels.get(0).fill().getRed()).isEqualTo(255);
    assertThat(labels.get(0).size()).isEqualTo(10.0);
  }

  @Test
  void aNestedSvgPlacesAndScalesWhatItHolds() {
    PdfChartMarks.Read read =
        PdfChartMarks.read(
            svg(
                chart(
                    "<svg x=\"20\" y=\"10\" width=\"100\" height=\"50\" viewBox=\"0 0 50 25\">"
                        + "<rect width=\"100%\" height=\"100%\" stroke=\"#000\"/>"
                        + "<text x=\"5\" y=\"10\" font-size=\"8\">In</text></svg>")));
    Area rect = (Area) read.marks().get(0);
    assertThat(rect.shape().getBounds2D().getWidth()).isEqualTo(100);
    assertThat(rect.shape().getBounds2D().getX()).isEqualTo(20);
    assertThat(rect.line().getLineWidth()).isEqualTo(2f);
    Label in = (Label) read.marks().get(1);
    assertThat(in.x()).isEqualTo(30);
    assertThat(in.y()).isEqualTo(30);
    assertThat(in.size()).isEqualTo(16);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<rect width=\"10\" height=\"10\" transform=\"rotate(5)\"/>",
        "<rect width=\"10\" height=\"10\" style=\"fill: red\"/>",
        "<rect width=\"10\" height=\"10\" fill=\"rgb(1,2,3)\"/>",
        "<rect width=\"10\" height=\"10\" opacity=\"0.5\"/>",
        "<path d=\"M0,0 C10,10 20,20 30,0\"/>",
        "<path d=\"m0,0 l10,10\"/>",
        "<path d=\"M0,0 L10\"/>",
        "<text x=\"0\" y=\"0\" stroke=\"#fff\">halo</text>",
        "<text x=\"0\" y=\"0\" text-anchor=\"inherit\">odd</text>",
        "<text x=\"0\" y=\"0\"><tspan dy=\"3\">moved</tspan></text>",
        "<image href=\"x.png\" width=\"10\" height=\"10\"/>",
        "<ellipse cx=\"5\" cy=\"5\" rx=\"3\" ry=\"2\"/>",
        "<rect width=\"10\" height=\"10\" fill=\"url(#nowhere)\"/>",
        "<svg width=\"10\" height=\"20\" viewBox=\"0 0 10 10\"><rect width=\"1\" height=\"1\"/></svg>",
        "<line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\" stroke=\"#000\" stroke-linecap=\"wavy\"/>",
        "<svg width=\"10\" height=\"10\" viewBox=\"0 0 0 10\"><rect width=\"1\" height=\"1\"/></svg>",
        "stray text"
      })
  void anythingOutsideTheSubsetIsLeftToBatik(String inside) {
    assertThat(PdfChartMarks.read(svg(chart(inside)))).as(inside).isNull();
  }

  @Test
  void pathsOfStraightLinesAreRead() throws Exception {
    var path = PdfChartMarks.path("M0,0 L10,0 H20 V5 L0 5 2 2Z");
    assertThat(path.getBounds2D().getWidth()).isEqualTo(20);
    assertThat(path.getBounds2D().getHeight()).isEqualTo(5);
  }
}
