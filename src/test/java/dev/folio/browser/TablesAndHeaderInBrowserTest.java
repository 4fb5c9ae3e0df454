package dev.folio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Browser;
import dev.folio.testing.InBrowser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tables that fit and a header that stays small, in a real browser, on the report (both languages)
 * and the three-language fixture: at 1280 px no table scrolls sideways; at 375 px the header takes
 * two lines at most and keeps a search control, and a table too wide for the phone keeps its first
 * column in view and shows that it scrolls; printed, a page has no site chrome and no dark colours.
 * Screenshots of the pages with tables, of each language's header on a phone and of a printed page
 * go to target/screenshots/ (tables_*, header_*, print_*).
 */
@InBrowser
class TablesAndHeaderInBrowserTest {
  private static final Map<String, Browser> BROWSERS = new HashMap<>();

  /** Per table box of the page that scrolls sideways: its figure's id and by how much. */
  private static final String OVERFLOWING_TABLES =
      "return [...document.querySelectorAll('.table-scroll')]"
          + ".filter(box => box.scrollWidth > box.clientWidth)"
          + ".map(box => (box.closest('figure') || {}).id + ' by '"
          + " + (box.scrollWidth - box.clientWidth) + ' px')";

  /**
   * The header's lines: its height inside its padding, the page's line height, and the rows its
   * visible items sit on (items whose vertical middles are within 8 px share a row).
   */
  private static final String HEADER_LINES =
      "const header = document.querySelector('.site-header');"
          + "const style = getComputedStyle(header);"
          + "const inner = header.clientHeight - parseFloat(style.paddingTop)"
          + " - parseFloat(style.paddingBottom);"
          + "const middles = [...header.children].filter(e => e.offsetWidth > 0"
          + " && getComputedStyle(e).visibility !== 'hidden' && e.getBoundingClientRect().height > 2)"
          + ".map(e => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; })"
          + ".sort((a, b) => a - b);"
          + "let rows = 0, last = -1e9;"
          + "for (const m of middles) { if (m - last > 8) { rows++; } last = m; }"
          + "return {inner: inner,"
          + " lineHeight: parseFloat(getComputedStyle(document.body).lineHeight), rows: rows};";

  private static Browser browser(String fixture) {
    return BROWSERS.computeIfAbsent(fixture, Browser::openFixture);
  }

  @AfterAll
  static void close() {
    BROWSERS.values().forEach(Browser::close);
    BROWSERS.clear();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"report", "trilingual"})
  @SuppressWarnings("unchecked")
  void noTableOfAnyPageScrollsSidewaysAtADesktopWidth(String fixture) {
    Browser browser = browser(fixture);
    List<String> overflowing = new ArrayList<>();
    int tables = 0;
    for (String page : browser.pages()) {
      browser.show(page, 1280);
      for (Object table : (List<Object>) browser.driver().executeScript(OVERFLOWING_TABLES)) {
        overflowing.add(page + ": " + table);
      }
      if (!browser.driver().findElements(By.cssSelector(".data-table")).isEmpty()) {
        tables += browser.driver().findElements(By.cssSelector(".table-scroll")).size();
        browser.screenshot("tables_" + fixture + "_" + page.replace('/', '_') + "1280");
      }
    }
    assertThat(tables).as("tables looked at").isPositive();
    assertThat(overflowing).as("tables wider than their box at 1280 px").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"report", "trilingual"})
  void onAPhoneTheHeaderTakesTwoLinesAtMostAndKeepsASearchControl(String fixture) {
    Browser browser = browser(fixture);
    List<String> problems = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    for (String page : browser.pages()) {
      browser.show(page, 375);
      if (browser.driver().findElements(By.cssSelector(".site-header")).isEmpty()) {
        continue; // an embed page: the chart alone, no header
      }
      Map<?, ?> header = (Map<?, ?>) browser.driver().executeScript(HEADER_LINES);
      double inner = ((Number) header.get("inner")).doubleValue();
      double lineHeight = ((Number) header.get("lineHeight")).doubleValue();
      long rows = ((Number) header.get("rows")).longValue();
      if (rows > 2 || inner > 2.5 * lineHeight) {
        problems.add(
            page + ": " + rows + " rows, " + inner + " px high (a line: " + lineHeight + ")");
      }
      boolean search =
          browser.driver().findElements(By.cssSelector(".search-link, .site-search")).stream()
              .anyMatch(WebElement::isDisplayed);
      if (!search) {
        problems.add(page + ": no search control in sight");
      }
      String lang = page.substring(0, page.indexOf('/'));
      if (!languages.contains(lang)) {
        languages.add(lang);
        browser.screenshot("header_" + fixture + "_" + lang + "_375");
      }
    }
    assertThat(languages).as("languages looked at").hasSizeGreaterThanOrEqualTo(2);
    assertThat(problems).as("headers at 375 px").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "zh"})
  void onAPhoneAWideTableKeepsItsFirstColumnAndShowsThatItScrolls(String lang) {
    Browser browser = browser("report");
    browser.show(lang + "/cost-model/", 375);
    WebElement box =
        browser.driver().findElement(By.cssSelector("#table-cost-scenarios .table-scroll"));
    WebElement stub = box.findElement(By.cssSelector("tbody .stub"));
    assertThat(scrollRoom(browser, box)).as("the table is wider than a phone").isPositive();
    assertThat(box.getAttribute("class")).contains("more-end").doesNotContain("more-start");
    assertThat(box.getCssValue("mask-image")).as("the far edge fades").contains("gradient");
    assertThat(stub.getCssValue("position")).isEqualTo("sticky");
    int stubLeft = stub.getRect().getX();
    browser.screenshot("tables_report_" + lang + "_cost-model_375");

    browser.driver().executeScript("arguments[0].scrollLeft = arguments[0].scrollWidth", box);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d -> box.getAttribute("class").contains("more-start"));
    assertThat(box.getAttribute("class")).doesNotContain("more-end");
    assertThat(stub.getRect().getX()).as("the first column stays in view").isEqualTo(stubLeft);
    assertThat(
            browser
                .driver()
                .executeScript("return getComputedStyle(arguments[0], '::after').content", stub))
        .as("a shadow where the columns pass under the first")
        .isNotEqualTo("none");
  }

  private static long scrollRoom(Browser browser, WebElement box) {
    return ((Number)
            browser
                .driver()
                .executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", box))
        .longValue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "zh"})
  void theBatchSweepShowsEachScenarioOnceForItsRows(String lang) {
    Browser browser = browser("report");
    browser.show(lang + "/cost-model/", 1280);
    List<WebElement> groups =
        browser.driver().findElements(By.cssSelector("#table-cost-batch-sweep tbody"));
    List<String> labels = new ArrayList<>();
    for (WebElement group : groups) {
      List<WebElement> heading = group.findElements(By.cssSelector("th[scope=rowgroup]"));
      if (heading.isEmpty()) {
        continue;
      }
      assertThat(heading).hasSize(1);
      int rows = group.findElements(By.tagName("tr")).size();
      assertThat(heading.get(0).getAttribute("rowspan")).isEqualTo(String.valueOf(rows));
      assertThat(rows).isGreaterThan(1);
      assertThat(group.findElements(By.cssSelector("tr > th[scope=row]")))
          .as("each row's own heading, its batch size")
          .hasSize(rows);
      labels.add(heading.get(0).getText());
    }
    assertThat(labels).as("scenarios with a sweep").isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void aPrintedPageHasNoSiteChromeAndNoDarkColours() {
    Browser browser = browser("report");
    browser.show("en/cost-model/", 1280);
    Map<String, Object> dark = Map.of("name", "prefers-color-scheme", "value", "dark");
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setEmulatedMedia", Map.of("media", "print", "features", List.of(dark)));
    try {
      for (String chrome : List.of(".site-header", ".site-nav", ".site-footer")) {
        assertThat(browser.driver().findElement(By.cssSelector(chrome)).isDisplayed())
            .as(chrome)
            .isFalse();
      }
      assertThat(browser.driver().findElement(By.tagName("body")).getCssValue("background-color"))
          .isEqualTo("rgba(255, 255, 255, 1)");
      WebElement box =
          browser.driver().findElement(By.cssSelector("#table-cost-scenarios .table-scroll"));
      assertThat(box.getCssValue("overflow-x")).isEqualTo("visible");
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("#table-cost-scenarios"))
                  .getCssValue("break-inside"))
          .isEqualTo("avoid-page");
      browser.screenshot("print_report_en_cost-model");
    } finally {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }
}
