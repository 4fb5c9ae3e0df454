package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.Poppler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PDF edition of a report in each language, read back with the tools readers' viewers are built
 * on (poppler's pdffonts, pdftotext, pdfinfo) and with PDFBox: TrueType fonts embedded and subset,
 * no Type 3; the cover's title and author and a corrected table's published and corrected figures
 * in the right characters; a bookmark for every section; tagged, A4, with the report's date; byte
 * for byte the same from two builds; linked from every web page with its size, and from each page
 * at its own page of the PDF. On the notes-and-errata fixture, whose table has corrections and
 * whose page places a chart.
 */
class PdfEditionTest {
  @TempDir static Path dir;
  private static Path site;
  private static Path again;

  @BeforeAll
  static void buildTwice() {
    site = dir.resolve("site");
    again = dir.resolve("again");
    Folio.buildFixture("notes-and-errata", site, "--base-url", "https://example.org/folio/");
    Folio.buildFixture("notes-and-errata", again, "--base-url", "https://example.org/folio/");
  }

  private static Path pdf(String lang) {
    return site.resolve(lang).resolve("report.pdf");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void everyFontIsAnEmbeddedSubsetOfATrueTypeFontAndNoneIsType3(String lang) {
    String fonts = Poppler.run("pdffonts", pdf(lang));
    List<String> rows = fonts.lines().skip(2).toList();
    assertThat(rows).as(fonts).isNotEmpty();
    for (String row : rows) {
      assertThat(row).as(fonts).doesNotContain("Type 3").contains("TrueType");
      // name, type, encoding, then emb, sub, uni: "yes yes yes"
      assertThat(row).as(fonts).containsPattern("\\+\\S+ .* yes +yes +yes +\\d+ +\\d+$");
    }
  }

  @Test
  void theCoverAndACorrectedTableReadBackInTheirCharacters() {
    String zh = Poppler.run("pdftotext", pdf("zh"));
    assertThat(zh).contains("勘误测试报告", "作者甲", "研究员", "测试研究所", "2023年3月1日");
    // LLaMA's parameters: 6500亿 as published, 650亿 as corrected; numbered as on the web.
    assertThat(zh).contains("6500亿 → 650亿", "表1 模型参数量", "图1 参数量（含勘误）");
    String en = Poppler.run("pdftotext", pdf("en"));
    assertThat(en).contains("Errata test report", "Author A", "Analyst", "1 March 2023");
    assertThat(en).containsPattern("650 ?(B|billion) → 65 ?(B|billion)");
    assertThat(en).contains("Table 1 Model parameters", "Figure 1 Parameter counts");
  }

  @Test
  void aChartsLabelsAreTextInThePdfsFonts() {
    // Drawn by Folio into the page (PdfChart), not as outlines: the axis's title and ticks
    // can be searched and copied, in each language's words and numbers.
    String zh = Poppler.run("pdftotext", pdf("zh"));
    assertThat(zh).contains("参数（个），对数刻度", "1000亿", "报告原文");
    String en = Poppler.run("pdftotext", pdf("en"));
    assertThat(en).contains("Parameters, log scale", "100B", "Published");
  }

  @Test
  void chineseLinesNeverStartWithClosingPunctuation() {
    String zh = Poppler.run("pdftotext", pdf("zh"), "-layout");
    for (String line : zh.lines().toList()) {
      assertThat(line.strip()).as(zh).doesNotStartWith("，").doesNotStartWith("。");
      assertThat(line.strip()).as(zh).doesNotStartWith("、").doesNotStartWith("）");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void everySectionHasABookmarkThatLeadsIntoTheDocument(String lang) throws IOException {
    List<String> titles = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(pdf(lang).toFile())) {
      assertThat(pdf.getDocumentCatalog().getDocumentOutline()).isNotNull();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        titles.add(item.getTitle());
        assertThat(item.getDestination()).as(item.getTitle()).isNotNull();
        item.children().forEach(child -> titles.add("  " + child.getTitle()));
      }
    }
    Document cover = page(lang + "/index.html");
    String section = cover.selectFirst("article h1").text();
    assertThat(titles)
        .as("bookmarks")
        .contains(lang.equals("zh") ? "勘误测试报告" : "Errata test report")
        .contains(lang.equals("zh") ? "目录" : "Contents")
        .contains(section)
        .contains(lang.equals("zh") ? "  参数量" : "  Parameters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void twoBuildsGiveTheSameBytes(String lang) throws IOException {
    assertThat(Files.readAllBytes(pdf(lang)))
        .isEqualTo(Files.readAllBytes(again.resolve(lang).resolve("report.pdf")));
  }

  @Test
  void taggedA4WithTheDocumentsTitleLanguageTheReportsDateAndFolioAsProducer() {
    String info = Poppler.run("pdfinfo", pdf("zh"), "-isodates");
    assertThat(info)
        .contains("Title:           勘误测试报告")
        .contains("Author:          作者甲")
        .contains("Producer:        Folio")
        .contains("CreationDate:    2023-03-01T00:00:00Z")
        .contains("ModDate:         2023-03-01T00:00:00Z")
        .contains("Tagged:          yes")
        .containsPattern("Page size: +595\\.\\d+ x 841\\.\\d+ pts \\(A4\\)");
    assertThat(Poppler.run("pdfinfo", pdf("zh"), "-meta")).contains("pdfuaid");
    assertThat(Poppler.run("pdfinfo", pdf("zh"), "-struct")).contains("Document");
  }

  @Test
  void eachWeighsUnderTwoMegabytes() throws IOException {
    for (String lang : List.of("zh", "en")) {
      assertThat(Files.size(pdf(lang))).as(lang).isLessThan(2_000_000);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void everyPageLinksThePdfWithItsSizeAndEachPageItsOwnPageOfIt(String lang) throws IOException {
    for (String path : List.of(lang + "/index.html", lang + "/contents/index.html")) {
      Element link = page(path).selectFirst(".pdf-link a");
      assertThat(link).as(path).isNotNull();
      assertThat(link.attr("download")).isEqualTo("report-" + lang + ".pdf");
      assertThat(site.resolve(path).getParent().resolve(link.attr("href")).normalize())
          .isEqualTo(pdf(lang));
      long kb = Math.round(Files.size(pdf(lang)) / 1000.0);
      assertThat(link.text()).contains(kb + " KB");
    }
    Document cover = page(lang + "/index.html");
    Element pageLink = cover.selectFirst(".page-pdf a");
    Matcher number = Pattern.compile("report\\.pdf#page=(\\d+)$").matcher(pageLink.attr("href"));
    assertThat(number.find()).as(pageLink.attr("href")).isTrue();
    int page = Integer.parseInt(number.group(1));
    String title = cover.selectFirst("article h1").text();
    assertThat(Poppler.text(pdf(lang), page, page)).contains(title);
    assertThat(Poppler.text(pdf(lang), page - 1, page - 1)).doesNotContain(title + "\n");
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
  }
}
