package dev.folio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Browser;
import dev.folio.testing.Folio;
import dev.folio.testing.GitFixture;
import dev.folio.testing.InBrowser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A value revised since the report, in a real browser and in both languages: the published value
 * struck through beside the current one, its note reached from the cell, and the Changes page's
 * link back to the row, which the page then points out.
 */
@InBrowser
class RevisionsInBrowserTest {
  @TempDir static Path dir;
  static Browser browser;

  @BeforeAll
  static void buildAndOpen() {
    try (GitFixture git = GitFixture.of("basic", dir.resolve("project"))) {
      git.commit("The report as published", "2023-03-01T10:00:00+08:00");
      git.replace("content/data/models.yaml", "params: 175000000000", "params: 180000000000")
          .commit("The model card gives 180 billion", "2024-06-01T09:00:00+08:00");
      Folio.build(git.dir(), dir.resolve("site"));
    }
    browser = Browser.open(dir.resolve("site"));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theRevisedCellShowsBothValuesAndLeadsToItsNote() {
    for (String lang : List.of("en", "zh")) {
      for (int width : List.of(1280, 375)) {
        browser.show(lang + "/models/", width);
        WebElement row = browser.driver().findElement(By.id("row-models-gpt-3"));
        WebElement published = row.findElement(By.cssSelector(".revised .as-published"));
        WebElement current = row.findElement(By.cssSelector(".revised .current"));
        assertThat(published.getText()).isEqualTo(lang.equals("en") ? "175 billion" : "1750亿");
        assertThat(current.getText()).isEqualTo(lang.equals("en") ? "→ 180 billion" : "→ 1800亿");
        assertThat(published.getCssValue("text-decoration-line")).isEqualTo("line-through");
        assertThat(published.isDisplayed()).isTrue();
        browser.screenshot("revisions-models-" + lang + "-" + width);
      }
      WebElement ref =
          browser.driver().findElement(By.cssSelector("#row-models-gpt-3 a.revision-ref"));
      ref.click();
      WebElement note =
          browser.driver().findElement(By.id(ref.getAttribute("href").replaceAll(".*#", "")));
      assertThat(note.getText())
          .contains(lang.equals("en") ? "1 June 2024" : "2024年6月1日")
          .contains("The model card gives 180 billion");
    }
  }

  @Test
  void theChangesPageLeadsToTheRowWhichThePagePointsOut() {
    for (String lang : List.of("en", "zh")) {
      browser.show(lang + "/changes/", 1280);
      browser.screenshot("revisions-changes-" + lang + "-1280");
      browser.driver().findElement(By.cssSelector(".change-item a")).click();
      assertThat(browser.driver().getCurrentUrl())
          .isEqualTo(browser.url(lang + "/models/#row-models-gpt-3"));
      WebElement cell = browser.driver().findElement(By.cssSelector("#row-models-gpt-3 > th"));
      // :target outlines the row's cells, and the row is scrolled into view.
      assertThat(cell.getCssValue("outline-style")).isEqualTo("solid");
      Object top =
          browser
              .driver()
              .executeScript(
                  "return document.getElementById('row-models-gpt-3')"
                      + ".getBoundingClientRect().top");
      assertThat(((Number) top).doubleValue()).isBetween(0.0, 900.0);
    }
  }
}
