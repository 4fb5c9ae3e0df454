package dev.folio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Browser;
import dev.folio.testing.InBrowser;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search, the remembered language and the language chooser, in a real browser. */
@InBrowser
class ReaderFeaturesInBrowserTest {
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

  private List<String> searchResults(String lang, String query) {
    browser.show(lang + "/search/", 1280);
    WebElement input = browser.driver().findElement(By.id("search-q"));
    input.clear();
    input.sendKeys(query);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.cssSelector(".search-status")).getText().isBlank());
    return browser.driver().findElements(By.cssSelector(".search-results a")).stream()
        .map(a -> a.getAttribute("href"))
        .toList();
  }

  @ParameterizedTest(name = "{0}: \"{1}\" finds {2}")
  @CsvSource({
    "zh, 参数, zh/llm-models/",
    "zh, 成本, zh/limitations/",
    "zh, RLHF, zh/innovation/",
    "zh, 谷歌, zh/arms-race/",
    "zh, 芯, zh/chips/",
    "en, parameters, en/llm-models/",
    "en, cost, en/limitations/",
    "en, RLHF, en/innovation/",
    "en, musiclm, en/arms-race/"
  })
  void searchFindsWordsInBothLanguages(String lang, String query, String expectedPage) {
    List<String> results = searchResults(lang, query);
    assertThat(results)
        .as("results for " + query)
        .anyMatch(href -> href.startsWith(browser.url(expectedPage)));
    assertThat(browser.driver().getCurrentUrl()).as("the query is kept in the URL").contains("q=");
  }

  @ParameterizedTest(name = "{0} at 375 px")
  @CsvSource({"zh", "en"})
  void onAPhoneASearchButtonInTheHeaderOpensTheSearch(String lang) {
    browser.show(lang + "/", 375);
    assertThat(browser.driver().findElement(By.cssSelector(".site-search")).isDisplayed())
        .as("the header's box gives way on a phone")
        .isFalse();
    WebElement button = browser.driver().findElement(By.cssSelector(".search-link"));
    assertThat(button.isDisplayed()).as("a search button in its place").isTrue();
    assertThat(button.getRect().getWidth())
        .as("a target a thumb can hit")
        .isGreaterThanOrEqualTo(44);
    browser.screenshot("search-button_" + lang + "_375");
    button.click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("/" + lang + "/search/"));
    assertThat(browser.driver().findElement(By.id("search-q")).isDisplayed()).isTrue();
    browser.show(lang + "/", 1280);
    assertThat(browser.driver().findElement(By.cssSelector(".search-link")).isDisplayed())
        .as("on a wide screen the box itself")
        .isFalse();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aQueryDownloadsOnlyTheIndexFilesItNeeds() throws IOException {
    searchResults("en", "RLHF");
    List<String> fetched =
        ((List<Object>)
                browser
                    .driver()
                    .executeScript(
                        "return performance.getEntriesByType('resource').map(e => e.name)"
                            + ".filter(n => n.includes('/search/en/'))"))
            .stream()
                .map(
                    name ->
                        name.toString()
                            .replaceFirst("^.*/search/en/", "")
                            .replaceFirst("\\?.*", ""))
                .distinct()
                .toList();
    assertThat(fetched)
        .contains("index.json")
        .allMatch(name -> name.equals("index.json") || name.matches("(tokens|docs)/\\d+\\.bin"));
    assertThat(fetched.stream().filter(name -> name.startsWith("tokens/")))
        .as("one shard for one" + " word")
        .hasSize(1);
    long files;
    try (var index = Files.walk(browser.site().resolve("search/en"))) {
      files = index.filter(Files::isRegularFile).count();
    }
    assertThat(fetched.size())
        .as(fetched + " of the index's " + files + " files")
        .isLessThan((int) files / 2);
  }

  @Test
  void moreResultsComeTenAtATime() {
    assertThat(searchResults("en", "the")).hasSize(10);
    WebElement more = browser.driver().findElement(By.cssSelector(".search-more"));
    assertThat(more.isDisplayed()).isTrue();
    more.findElement(By.tagName("button")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector(".search-results li")).size() > 10);
    assertThat(browser.driver().findElements(By.cssSelector(".search-results li")).size())
        .isBetween(11, 20);
  }

  @Test
  void aSearchForSomethingAbsentSaysSo() {
    assertThat(searchResults("en", "zzzyxq")).isEmpty();
    assertThat(browser.driver().findElement(By.cssSelector(".search-status")).getText())
        .isEqualTo("No results.");
  }

  @Test
  void theHeaderSearchBoxLeadsToResults() {
    browser.show("en/llm-models/", 1280);
    WebElement box = browser.driver().findElement(By.id("site-search-q"));
    box.sendKeys("LLaMA");
    box.submit();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector(".search-results a")).isEmpty());
    assertThat(browser.driver().getCurrentUrl()).contains("en/search/?q=LLaMA");
  }

  @Test
  void theChosenLanguageIsRememberedOnTheNextVisit() {
    browser.show("404.html", 1280);
    browser.driver().executeScript("localStorage.clear()");
    browser.show("en/llm-models/", 1280);
    browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("zh/llm-models/"));
    browser.show("", 1280);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().equals(browser.url("zh/")));
    browser.show("en/", 1280);
    browser.show("", 1280);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().equals(browser.url("en/")));
  }

  @Test
  void languageSwitchKeepsTheSection() {
    browser.show("zh/llm-models/#table-llm-models", 1280);
    browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
    assertThat(browser.driver().getCurrentUrl())
        .isEqualTo(browser.url("en/llm-models/#table-llm-models"));
  }

  @Test
  void withoutAStoredChoiceTheChooserSuggestsTheBrowsersLanguage() {
    browser.show("404.html", 1280);
    browser.driver().executeScript("localStorage.clear()");
    browser.show("", 1280);
    // Headless Chromium reports en-US: English is suggested and listed first.
    WebElement first = browser.driver().findElement(By.cssSelector("[data-choices] > section"));
    assertThat(first.getAttribute("data-lang")).isEqualTo("en");
    assertThat(first.getAttribute("class")).contains("suggested");
  }
}
