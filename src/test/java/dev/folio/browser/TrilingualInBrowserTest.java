package dev.folio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Browser;
import dev.folio.testing.InBrowser;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Three languages in a real browser: the switch keeps the section, the choice is remembered. */
@InBrowser
class TrilingualInBrowserTest {
  static Browser browser;

  @BeforeAll
  static void buildAndOpen() {
    browser = Browser.openFixture("trilingual");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theSwitchLeadsToTheSameSectionInEachOtherLanguage() {
    browser.show("ja/rockets/#table-launches", 1280);
    browser.driver().findElement(By.cssSelector("a.lang-switch[data-lang=zh-hant]")).click();
    assertThat(browser.driver().getCurrentUrl())
        .isEqualTo(browser.url("zh-hant/rockets/#table-launches"));
    browser.driver().findElement(By.cssSelector("a.lang-switch[data-lang=en]")).click();
    assertThat(browser.driver().getCurrentUrl())
        .isEqualTo(browser.url("en/rockets/#table-launches"));
  }

  @Test
  void theLastLanguageChosenIsWhereTheChooserLeadsNextTime() {
    browser.show("en/", 1280);
    browser.driver().findElement(By.cssSelector("a.lang-switch[data-lang=ja]")).click();
    browser.show("", 1280);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().equals(browser.url("ja/")));
    browser.driver().executeScript("localStorage.clear()");
  }
}
