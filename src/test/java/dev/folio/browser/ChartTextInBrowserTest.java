package dev.folio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Browser;
import dev.folio.testing.Folio;
import dev.folio.testing.InBrowser;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chart text in a real browser beyond the report ({@link ChartsInBrowserTest}): the trilingual
 * fixture's charts in its three languages, and the report updated with two events of 2024 (its
 * timeline then spans years), at 375 and 1280 px: every line of every chart's text, by its
 * getBBox() in screen coordinates, inside its SVG and clear of every other.
 */
@InBrowser
class ChartTextInBrowserTest {
  @TempDir Path dir;

  @Test
  void noChartTextOfTheThreeLanguagesOverlapsOtherText() throws IOException {
    try (Browser browser = Browser.openFixture("trilingual")) {
      List<String> pages = ChartsInBrowserTest.chartPages(browser);
      assertThat(pages.stream().map(p -> p.substring(0, p.indexOf('/'))).distinct())
          .as("languages with charts")
          .hasSize(3);
      assertThat(ChartsInBrowserTest.measure(browser, pages, false)).isEmpty();
    }
  }

  @Test
  void noTextOfTheTimelineOverYearsOverlapsOtherText() throws IOException {
    Path project = TestSites.prepare(dir.resolve("project"), "report");
    TestSites.apply(project, TestSites.resources().resolve("overlays/events-in-2024"));
    Folio.build(project, dir.resolve("site"));
    try (Browser browser = Browser.open(dir.resolve("site"))) {
      List<String> pages =
          ChartsInBrowserTest.chartPages(browser).stream()
              .filter(p -> p.endsWith("/arms-race/"))
              .toList();
      assertThat(pages).hasSize(2);
      assertThat(ChartsInBrowserTest.measure(browser, pages, false)).isEmpty();
    }
  }
}
