package dev.folio.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.Pipeline;
import dev.folio.model.BaseUrl;
import dev.folio.model.OutputFile;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search index's text of HTML is what a real HTML parser (Jsoup's {@code text()}) reads in it,
 * on every page the fixture sites' templates write: tables, charts, notes, the calculator's form,
 * the page frame with its scripts.
 */
class HtmlTextTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"basic", "trilingual"})
  void theTextOfEveryPageIsWhatAnHtmlParserReads(String site) throws Exception {
    Path source = TestSites.prepare(dir.resolve(site), site);
    int pages = 0;
    for (OutputFile file : new Pipeline(source, BaseUrl.parse("/")).render().files()) {
      if (file.path().endsWith(".html")) {
        String html = new String(file.bytes(), StandardCharsets.UTF_8);
        String body = html.substring(html.indexOf("<body"), html.lastIndexOf("</body>") + 7);
        // Jsoup drops <svg> as a chart's drawing is dropped from the index: compare without.
        String parsed = jsoupText(body);
        assertThat(SearchSection.collapse(HtmlText.of(body))).as(file.path()).isEqualTo(parsed);
        pages++;
      }
    }
    assertThat(pages).isGreaterThan(3);
  }

  @NeedsTeaVm
  @Test
  void theTextOfEveryPageOfTheReportWithItsCalculatorIsWhatAnHtmlParserReads() throws Exception {
    theTextOfEveryPageIsWhatAnHtmlParserReads("report");
  }

  @Test
  void entitiesCommentsAndSkippedElements() {
    assertThat(
            SearchSection.collapse(
                HtmlText.of(
                    "<p>a &amp; b&lt;c&gt; &#39;d&#x27; &quot;e"
                        + "&nbsp;f &copy; g &unknown; 1 < 2</p><!-- not <b>text</b> --><td>x</td><td>y</td>"
                        + "<svg><text>tick</text><svg><text>inner</text></svg></svg><script>var a = '<p>';"
                        + "</script>z<br>w<span>i</span>n<img src=\"a>b\" alt=\"q\">k")))
        .isEqualTo("a & b<c> 'd' \"e f &copy; g &unknown; 1 < 2 x y z wink");
  }

  private static String jsoupText(String body) {
    var document = Jsoup.parse(body);
    document.select("svg").remove();
    return document.body().text();
  }

  @Test
  void whiteSpaceBeyondAsciiIsJavasAndTheNoBreakSpaceForEveryCharacter() {
    for (char c = 0x80; c < 0xffff; c++) {
      boolean expected = c == '\u00a0' || Character.isWhitespace(c);
      assertThat(SearchSection.isSpace(c)).as("U+%04X", (int) c).isEqualTo(expected);
    }
  }
}
