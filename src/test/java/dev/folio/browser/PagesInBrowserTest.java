package dev.folio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Browser;
import dev.folio.testing.Folio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page of the real report in a real browser, at phone and desktop widths: nothing
 * overflows sideways, the language switch leads to the same page, and screenshots of each page
 * are saved under target/screenshots/ for review.
 */
class PagesInBrowserTest {
  @TempDir
  static Path dir;
  static Path site;
  static Browser browser;

  @BeforeAll
  static void buildAndOpen() {
    site = dir.resolve("site");
    Folio.buildProject(site);
    browser = Browser.open(site);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  static List<String> pages() throws IOException {
    List<String> pages = new ArrayList<>();
    for (String lang : List.of("zh", "en")) {
      try (Stream<Path> walk = Files.walk(site.resolve(lang))) {
        walk.filter(p -> p.getFileName().toString().equals("index.html")).sorted()
            .forEach(p -> pages.add(site.relativize(p.getParent()).toString().replace('\\', '/') + "/"));
      }
    }
    return pages;
  }

  @Test
  void noPageOverflowsSidewaysOnAPhoneOrADesktop() throws IOException {
    List<String> overflowing = new ArrayList<>();
    for (int width : new int[] {375, 1280}) {
      for (String page : pages()) {
        browser.show(page, width);
        Number overflow = (Number) browser.driver().executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow.intValue() > 0) {
          overflowing.add(page + " at " + width + " px by " + overflow + " px");
        }
        browser.screenshot(page.replace('/', '_') + width);
      }
    }
    assertThat(overflowing).as("pages wider than the window").isEmpty();
  }

  @Test
  void languageSwitchLeadsToTheSamePageInTheOtherLanguage() {
    browser.show("zh/llm-models/", 1280);
    browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("en/llm-models/"));
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("zh/llm-models/"));
  }

  @Test
  void keyboardUsersCanSkipToTheContentAndSeeWhereFocusIs() {
    browser.show("en/", 1280);
    WebElement body = browser.driver().findElement(By.tagName("body"));
    body.sendKeys(org.openqa.selenium.Keys.TAB);
    WebElement focused = browser.driver().switchTo().activeElement();
    assertThat(focused.getAttribute("class")).contains("skip-link");
    assertThat(focused.isDisplayed()).isTrue();
    String outline = (String) browser.driver().executeScript(
        "return getComputedStyle(document.activeElement).outlineStyle");
    assertThat(outline).isNotEqualTo("none");
  }
}
