package dev.folio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Browser;
import dev.folio.testing.InBrowser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page of the real report in a real browser, at phone and desktop widths: nothing overflows
 * sideways, the language switch leads to the same page, and screenshots of each page are saved
 * under target/screenshots/ for review.
 */
@InBrowser
class PagesInBrowserTest {
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

  @Test
  void noPageOverflowsSidewaysOnAPhoneOrADesktop() {
    List<String> overflowing = new ArrayList<>();
    for (int width : new int[] {375, 1280}) {
      for (String page : browser.pages()) {
        browser.show(page, width);
        Number overflow =
            (Number)
                browser
                    .driver()
                    .executeScript(
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
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo("en");
    browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("zh/llm-models/"));
  }

  @Test
  void keyboardUsersCanSkipToTheContentAndSeeWhereFocusIs() {
    browser.show("en/", 1280);
    WebElement body = browser.driver().findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    WebElement focused = browser.driver().switchTo().activeElement();
    assertThat(focused.getAttribute("class")).contains("skip-link");
    assertThat(focused.isDisplayed()).isTrue();
    String outline =
        (String)
            browser
                .driver()
                .executeScript("return getComputedStyle(document.activeElement).outlineStyle");
    assertThat(outline).isNotEqualTo("none");
  }
}
