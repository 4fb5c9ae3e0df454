package dev.folio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Browser;
import dev.folio.testing.Folio;
import dev.folio.testing.InBrowser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * Every chart of the real report, in both languages, in a real browser at phone (375 px) and
 * desktop (1280 px) widths: no text of a chart may stick out of its SVG or touch another label, and
 * all of it is legible (WCAG AA contrast) in light and dark mode. Screenshots of each chart are
 * saved under target/screenshots/charts/ for review.
 */
@InBrowser
class ChartsInBrowserTest {
  /**
   * Measures the visible chart SVGs of the page: every line of text (a tspan, or a text without
   * them), boxed by its getBBox() carried into screen coordinates by its getScreenCTM(), must lie
   * inside its SVG's box and not overlap a line of another text element.
   */
  static final String MEASURE =
      """
      const problems = [];
      const charts = [];
      let measured = 0;
      const screen = el => {
        const b = el.getBBox();
        const m = el.getScreenCTM();
        const a = new DOMPoint(b.x, b.y).matrixTransform(m);
        const c = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
        return {left: Math.min(a.x, c.x), right: Math.max(a.x, c.x),
                top: Math.min(a.y, c.y), bottom: Math.max(a.y, c.y),
                width: Math.abs(c.x - a.x), height: Math.abs(c.y - a.y)};
      };
      for (const svg of document.querySelectorAll('svg.chart-svg')) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        charts.push(svg.id);
        const lines = [];
        svg.querySelectorAll('text').forEach((text, owner) => {
          const spans = text.querySelectorAll('tspan');
          for (const el of (spans.length ? spans : [text])) {
            const r = screen(el);
            if (r.width === 0 && r.height === 0) continue;
            lines.push({owner, r, label: el.textContent});
          }
        });
        measured += lines.length;
        const tol = 0.5;
        for (const l of lines) {
          if (l.r.left < box.left - tol || l.r.right > box.right + tol
              || l.r.top < box.top - tol || l.r.bottom > box.bottom + tol) {
            problems.push(svg.id + ': "' + l.label + '" sticks out of the chart ('
                + Math.round(l.r.left - box.left) + ',' + Math.round(l.r.top - box.top) + ' '
                + Math.round(l.r.width) + 'x' + Math.round(l.r.height) + ' in '
                + Math.round(box.width) + 'x' + Math.round(box.height) + ')');
          }
        }
        for (let i = 0; i < lines.length; i++) {
          for (let j = i + 1; j < lines.length; j++) {
            const a = lines[i], b = lines[j];
            if (a.owner === b.owner) continue;
            const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
            const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
            if (w > tol && h > tol) {
              problems.push(svg.id + ': "' + a.label + '" overlaps "' + b.label + '" ('
                  + Math.round(w) + 'x' + Math.round(h) + ' px)');
            }
          }
        }
      }
      return {charts, problems, measured};
      """;

  /**
   * The contrast of every visible chart text against the page background (WCAG's ratio), the lowest
   * first: {label, ratio}.
   */
  private static final String CONTRAST =
      """
      const parse = c => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
      const lum = rgb => {
        const [r, g, b] = rgb.map(v => { v /= 255;
          return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const bg = lum(parse(getComputedStyle(document.body).backgroundColor));
      const found = [];
      for (const svg of document.querySelectorAll('svg.chart-svg')) {
        if (svg.getBoundingClientRect().width === 0) continue;
        for (const text of svg.querySelectorAll('text')) {
          const fg = lum(parse(getComputedStyle(text).fill));
          const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          found.push([svg.id + ': ' + text.textContent, ratio]);
        }
      }
      found.sort((a, b) => a[1] - b[1]);
      return found.slice(0, 3);
      """;

  static Browser browser;

  @BeforeAll
  static void buildAndOpen() {
    browser = Browser.openFixture("report");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  /** The pages that have a chart, e.g. {@code zh/adoption/}. */
  static List<String> chartPages(Browser browser) throws IOException {
    List<String> pages = new ArrayList<>();
    for (String page : browser.pages()) {
      Path file = browser.site().resolve(page).resolve("index.html");
      if (Files.readString(file, StandardCharsets.UTF_8).contains("<figure class=\"chart\"")) {
        pages.add(page);
      }
    }
    return pages;
  }

  @Test
  void noChartTextOverflowsItsSvgOrOverlapsAnotherLabelOnAPhoneOrADesktop() throws IOException {
    List<String> pages = chartPages(browser);
    assertThat(pages).as("pages with charts").hasSizeGreaterThanOrEqualTo(14);
    List<String> problems = measure(browser, pages, true);
    assertThat(problems).as("chart text outside its chart or on top of other text").isEmpty();
  }

  /**
   * Shows each page at 375 and 1280 px and measures its charts' text ({@link #MEASURE}): the
   * problems found. Every page must show a chart, in the layout for its width.
   */
  @SuppressWarnings("unchecked")
  static List<String> measure(Browser browser, List<String> pages, boolean screenshots)
      throws IOException {
    List<String> problems = new ArrayList<>();
    int measured = 0;
    for (int width : new int[] {375, 1280}) {
      for (String page : pages) {
        browser.show(page, width);
        Map<String, Object> result = (Map<String, Object>) browser.driver().executeScript(MEASURE);
        List<String> charts = (List<String>) result.get("charts");
        assertThat(charts)
            .as("visible charts on " + page + " at " + width + " px")
            .isNotEmpty()
            .allMatch(id -> id.endsWith(width < 600 ? "-narrow" : "-wide"));
        measured += charts.size();
        assertThat(((Number) result.get("measured")).intValue())
            .as("lines of chart text measured on " + page + " at " + width + " px")
            .isGreaterThanOrEqualTo(charts.size() * 3);
        for (Object problem : (List<Object>) result.get("problems")) {
          problems.add(page + " at " + width + " px: " + problem);
        }
        if (screenshots) {
          screenshots(browser, page, width, "");
        }
      }
    }
    assertThat(measured).isGreaterThanOrEqualTo(pages.size() * 2);
    return problems;
  }

  @Test
  @SuppressWarnings("unchecked")
  void chartTextHasEnoughContrastInLightAndDarkMode() throws IOException {
    List<String> low = new ArrayList<>();
    try {
      for (String scheme : List.of("light", "dark")) {
        browser
            .driver()
            .executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                    "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        for (String page : chartPages(browser)) {
          browser.show(page, 1280);
          for (Object found : (List<Object>) browser.driver().executeScript(CONTRAST)) {
            List<Object> pair = (List<Object>) found;
            double ratio = ((Number) pair.get(1)).doubleValue();
            if (ratio < 4.5) {
              low.add(
                  scheme + " " + page + " " + pair.get(0) + ": " + Math.round(ratio * 100) / 100.0);
            }
          }
          if (scheme.equals("dark")) {
            screenshots(browser, page, 1280, "-dark");
          }
        }
      }
    } finally {
      browser
          .driver()
          .executeCdpCommand(
              "Emulation.setEmulatedMedia",
              Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", ""))));
    }
    assertThat(low).as("chart text below WCAG AA contrast (4.5:1)").isEmpty();
  }

  /** One screenshot per chart figure: target/screenshots/charts/zh-app-adoption-375.png. */
  private static void screenshots(Browser browser, String page, int width, String suffix)
      throws IOException {
    Dimension size = browser.driver().manage().window().getSize();
    browser.driver().manage().window().setSize(new Dimension(width, 2400));
    String lang = page.substring(0, page.indexOf('/'));
    for (WebElement figure : browser.driver().findElements(By.cssSelector("figure.chart"))) {
      browser.driver().executeScript("arguments[0].scrollIntoView()", figure);
      String name =
          lang + "-" + figure.getAttribute("id").replaceFirst("^chart-", "") + "-" + width + suffix;
      Path file = Folio.projectDir().resolve("target/screenshots/charts").resolve(name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, figure.getScreenshotAs(OutputType.BYTES));
    }
    browser.driver().manage().window().setSize(size);
  }
}
