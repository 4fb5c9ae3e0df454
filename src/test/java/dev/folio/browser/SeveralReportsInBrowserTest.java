package dev.folio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Browser;
import dev.folio.testing.InBrowser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A site of several reports in a real browser: the home lists them newest first, a series' page and
 * its latest address lead to the latest report, a superseded edition says so, and search finds
 * pages of every report, each result naming its report.
 */
@InBrowser
class SeveralReportsInBrowserTest {
  static Browser browser;

  @BeforeAll
  static void buildAndOpen() {
    browser = Browser.openFixture("series");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theHomeListsEveryReportNewestFirstWithItsSeries() {
    browser.show("en/", 1280);
    List<String> titles =
        browser.driver().findElements(By.cssSelector(".report-entry h3")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(titles)
        .containsExactly(
            "Outlook 2025",
            "Chip Quarterly Q3",
            "Chip Quarterly Q2",
            "Energy Outlook 2024",
            "Chip Quarterly Q1",
            "Energy Outlook 2023",
            "Energy Outlook 2022");
    browser.screenshot("several-reports-home-en-1280");
    browser.driver().findElement(By.linkText("Chip Quarterly")).click();
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("en/series/chips/"));
    browser.show("zh/", 375);
    browser.screenshot("several-reports-home-zh-375");
  }

  @Test
  void aSeriesLatestAddressLeadsToItsNewestReport() {
    browser.show("en/series/energy/", 1280);
    browser.screenshot("several-reports-series-en-1280");
    browser.driver().findElement(By.cssSelector(".series-latest a")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().equals(browser.url("en/energy-2024/")));
  }

  @Test
  void aSupersededEditionSaysSoOnEveryPageAndLinksTheLatest() {
    for (String lang : List.of("en", "zh")) {
      browser.show(lang + "/energy-2022/summary/", 1280);
      WebElement banner = browser.driver().findElement(By.cssSelector(".edition-banner"));
      assertThat(banner.getText()).contains(lang.equals("en") ? "Energy Outlook 2024" : "能源展望2024");
      browser.screenshot("several-reports-superseded-" + lang + "-1280");
      banner.findElement(By.tagName("a")).click();
      assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url(lang + "/energy-2024/"));
      assertThat(browser.driver().findElements(By.cssSelector(".edition-banner"))).isEmpty();
    }
  }

  @Test
  void searchFindsPagesOfEveryReportAndNamesTheReport() {
    browser.show("en/search/?q=quarter", 1280);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector(".search-results li")).isEmpty());
    List<String> reports =
        browser.driver().findElements(By.cssSelector(".search-results .search-report")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(reports).contains("Chip Quarterly Q1", "Chip Quarterly Q2", "Chip Quarterly Q3");
    browser.screenshot("several-reports-search-en-1280");
  }
}
