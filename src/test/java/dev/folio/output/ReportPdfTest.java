package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.Poppler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report fixture's PDF editions (its sixteen pages, nineteen tables, nine charts and the live
 * calculator): under the 2 MB each, fonts embedded, every page bookmarked, and the
 * calculator a note with its address on the web.
 */
@NeedsTeaVm
class ReportPdfTest {
  @TempDir static Path dir;
  private static Path site;

  @BeforeAll
  static void build() {
    site = dir.resolve("site");
    Folio.buildFixture("report", site, "--base-url", "https://example.org/folio/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void eachEditionWeighsUnderTwoMegabytesWithEveryFontEmbeddedAndNoType3(String lang)
      throws IOException {
    Path pdf = site.resolve(lang + "/report.pdf");
    assertThat(Files.size(pdf)).isLessThan(2_000_000);
    String fonts = Poppler.run("pdffonts", pdf);
    assertThat(fonts).doesNotContain("Type 3");
    fonts.lines().skip(2).forEach(row -> assertThat(row).containsPattern(" yes +yes +yes "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void everyPageOfTheReportHasABookmark(String lang) throws IOException {
    List<String> titles = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(site.resolve(lang + "/report.pdf").toFile())) {
      pdf.getDocumentCatalog()
          .getDocumentOutline()
          .children()
          .forEach(b -> titles.add(b.getTitle()));
    }
    try (Stream<Path> pages = Files.list(site.getParent().resolve("site-source/content/" + lang))) {
      for (Path page : pages.toList()) {
        String title =
            Files.readString(page)
                .lines()
                .filter(l -> l.startsWith("title:"))
                .findFirst()
                .orElseThrow();
        String bare = title.substring("title:".length()).strip().replaceAll("^\"|\"$", "");
        assertThat(titles.stream().anyMatch(t -> t.endsWith(bare)))
            .as(bare + " in " + titles)
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void theCalculatorIsANoteWithItsAddressOnTheWeb(String lang) {
    String text = Poppler.run("pdftotext", site.resolve(lang + "/report.pdf"));
    assertThat(text)
        .contains(
            lang.equals("zh") ? "此处在网页版中可交互使用" : "This part is interactive in the web edition")
        .contains("https://example.org/folio/" + lang + "/calculator/");
  }
}
