package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.folio.model.Language;
import dev.folio.model.Publication;
import dev.folio.render.PrintEdition;
import dev.folio.testing.Poppler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart in the PDF edition, drawn by Folio ({@link PdfCharts}, {@link PdfChart}), against the
 * same chart drawn by Batik, which drew them before: a chart that uses every part of the SVG subset
 * Folio's charts are written in (src/test/resources/pdf-charts/chart.svg) gives its labels at the
 * same places, as text in the PDF's fonts, and the same picture; an SVG outside the subset is still
 * drawn, by Batik.
 */
class PdfChartTest {
  @TempDir static Path dir;
  private static final Language EN = Language.of("en", "en", "English");
  private static PdfFonts.Fonts fonts;
  private static PdfCharts folioDrawer;
  private static Path folio;
  private static Path shapesByFolio;
  private static Path shapesByBatik;

  @BeforeAll
  static void layOutTheChartBothWays() throws IOException {
    fonts = PdfFonts.of(dir, Publication.DEFAULT, EN);
    assertThat(fonts.problems()).isEmpty();
    String svg =
        Files.readString(Path.of("src/test/resources/pdf-charts/chart.svg"), StandardCharsets.UTF_8)
            .replace("FAMILIES", fonts.families().replace("\"", "'"));
    folioDrawer = new PdfCharts();
    folio = lay("folio.pdf", svg, folioDrawer);
    // Batik draws labels as outlines in a font of its own choosing: the pictures are compared
    // without them.
    String shapes = svg.replaceAll("(?s)<text.*?</text>", "");
    shapesByFolio = lay("shapes-folio.pdf", shapes, new PdfCharts());
    shapesByBatik = lay("shapes-batik.pdf", shapes, new BatikSVGDrawer());
  }

  private static Path lay(String name, String svg, SVGDrawer drawer) throws IOException {
    String xhtml =
        "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>Chart</title>"
            + "<style>@page { size: A4; margin: 20mm } body { margin: 0 }"
            + " svg { display: block }</style></head><body>"
            + svg
            + "</body></html>";
    PrintEdition.Document document = new PrintEdition.Document(xhtml, Map.of(), List.of());
    PdfEdition.Laid laid =
        PdfEdition.lay(document, EN, fonts, LocalDate.of(2023, 3, 1), dir, drawer);
    Path pdf = dir.resolve(name);
    Files.write(pdf, laid.pdf());
    return pdf;
  }

  /** A word pdftotext found, and its box in points. */
  private record Word(String text, double xMin, double yMin, double xMax, double yMax) {}

  private static final Pattern WORD =
      Pattern.compile(
          "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">"
              + "([^<]*)</word>");

  private static List<Word> words(Path pdf) {
    Matcher m = WORD.matcher(Poppler.run("pdftotext", pdf, "-bbox"));
    List<Word> words = new ArrayList<>();
    while (m.find()) {
      words.add(
          new Word(
              m.group(5),
              Double.parseDouble(m.group(1)),
              Double.parseDouble(m.group(2)),
              Double.parseDouble(m.group(3)),
              Double.parseDouble(m.group(4))));
    }
    return words;
  }

  /** A label of the test chart: where its anchor is, in the view box, and its font size. */
  private record Placed(String word, String anchor, double x, double y, double size) {}

  /** The page's margin, 20 mm, in points; the chart's view box is drawn at 0.75 px a unit. */
  private static final double MARGIN = 20 / 25.4 * 72;

  private static final double POINTS_PER_UNIT = 0.75 * 0.75;

  @Test
  void everyLabelIsTextAtItsAnchor() {
    List<Word> words = words(folio);
    List<Placed> labels =
        List.of(
            new Placed("300", "end", 52, 44, 12),
            new Placed("0", "end", 52, 344, 12),
            new Placed("Alpha", "middle", 130, 365, 13),
            new Placed("Charlie", "middle", 370, 365, 13),
            new Placed("Two", "start", 470, 380, 11),
            new Placed("label", "end-of-start", 470, 394, 11),
            new Placed("模型参数", "start", 90, 24, 13),
            new Placed("250", "end", 660, 112, 13),
            new Placed("Inset", "middle", 620, 340, 18));
    for (Placed label : labels) {
      Word word =
          words.stream().filter(w -> w.text().equals(label.word())).findFirst().orElseThrow();
      double x = MARGIN + label.x() * POINTS_PER_UNIT;
      double baseline = MARGIN + label.y() * POINTS_PER_UNIT;
      double size = label.size() * POINTS_PER_UNIT;
      switch (label.anchor()) {
        case "start" -> assertThat(word.xMin()).as(label.toString()).isCloseTo(x, within(0.3));
        case "middle" ->
            assertThat((word.xMin() + word.xMax()) / 2)
                .as(label.toString())
                .isCloseTo(x, within(0.3));
        case "end" -> assertThat(word.xMax()).as(label.toString()).isCloseTo(x, within(0.3));
        default -> assertThat(word.xMin()).as(label.toString()).isGreaterThan(x + size);
      }
      // The baseline within the word's box, its descent below it less than a third of the size.
      assertThat(word.yMin()).as(label.toString()).isLessThan(baseline);
      assertThat(word.yMax()).as(label.toString()).isBetween(baseline, baseline + size / 3);
    }
  }

  @Test
  void theShapesAreBatiksShapes() {
    Poppler.Gray ours = Poppler.gray(shapesByFolio, 1, 150, dir);
    Poppler.Gray theirs = Poppler.gray(shapesByBatik, 1, 150, dir);
    assertThat(ours.width()).isEqualTo(theirs.width());
    int inked = 0;
    int different = 0;
    for (int y = 0; y < ours.height(); y++) {
      for (int x = 0; x < ours.width(); x++) {
        boolean ink = ours.at(x, y) < 230 || theirs.at(x, y) < 230;
        inked += ink ? 1 : 0;
        different += Math.abs(ours.at(x, y) - theirs.at(x, y)) > 40 ? 1 : 0;
      }
    }
    // The bars, the hatching, the lines, the arrow and the dots cover thousands of pixels;
    // edges may differ by a shade (Batik's hatching is a tile repeated, Folio's one line a
    // row): about 1.3 % of them do. Hatch lines drawn twice as thick make it 4 %.
    assertThat(inked).isGreaterThan(40_000);
    assertThat(different).as("pixels that differ, of %d inked", inked).isLessThan(inked / 40);
  }

  @Test
  void theLabelsAreInTheEmbeddedFontsChineseInTheChineseFontAndBatikIsNotNeeded() {
    assertThat(folioDrawer.usedBatik()).isFalse();
    String embedded = Poppler.run("pdffonts", folio);
    assertThat(embedded.lines().skip(2))
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(row -> assertThat(row).contains("TrueType").doesNotContain("Type 3"));
    assertThat(embedded).contains("WenQuanYi");
    assertThat(Poppler.text(folio, 1, 1)).contains("模型参数").contains("Latest 250");
  }

  @Test
  void anSvgOutsideTheSubsetIsDrawnByBatikAsBatikDrawsIt() throws IOException {
    PdfCharts drawer = new PdfCharts();
    String tilted =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"100\""
            + " viewBox=\"0 0 300 100\" font-family=\""
            + fonts.families().replace("\"", "'")
            + "\"><ellipse cx=\"150\" cy=\"50\" rx=\"140\" ry=\"40\" fill=\"#333333\"/>"
            + "<text x=\"40\" y=\"60\" fill=\"#ffffff\" transform=\"rotate(-5)\">Tilted</text>"
            + "</svg>";
    Poppler.Gray ours = Poppler.gray(lay("tilted-folio.pdf", tilted, drawer), 1, 72, dir);
    Poppler.Gray theirs =
        Poppler.gray(lay("tilted-batik.pdf", tilted, new BatikSVGDrawer()), 1, 72, dir);
    assertThat(drawer.usedBatik()).isTrue();
    assertThat(ours.pixels()).isEqualTo(theirs.pixels());
    int inked = 0;
    for (int y = 0; y < ours.height(); y++) {
      for (int x = 0; x < ours.width(); x++) {
        inked += ours.at(x, y) < 128 ? 1 : 0;
      }
    }
    assertThat(inked).as("dark pixels of the ellipse").isGreaterThan(5_000);
  }
}
