package dev.folio.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.OutputFile;
import dev.folio.testing.Browser;
import dev.folio.testing.InBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live-reload script in a real Chromium, against the in-memory server {@code folio serve} uses:
 * a page opened while the last build is failing shows the problem overlay (issue 12), and the next
 * good build reloads it without the overlay. Waits are bounded and poll; none sleeps.
 */
@InBrowser
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LiveReloadInBrowserTest {
  private static final String PROBLEM = "content/en/index.md:3:1: \"order\" must be a number";

  @TempDir static Path dir;
  static Browser browser;
  static DevServer server;

  @BeforeAll
  static void open() throws Exception {
    server = DevServer.inMemory(0);
    server.start();
    // The browser's own server (of an empty folder) is not used: it looks at the live one.
    browser = Browser.open(Files.createDirectories(dir.resolve("unused")));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static List<OutputFile> site(String heading) {
    return List.of(
        OutputFile.text(
            "en/index.html",
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>"
                + "<meta charset=\"utf-8\"><title>"
                + heading
                + "</title></head>\n<body>\n<h1>"
                + heading
                + "</h1>\n</body>\n</html>\n"));
  }

  @Test
  void aPageOpenedAfterAFailedRebuildShowsTheProblemsAndTheNextGoodBuildReloadsIt() {
    server.publish(site("First build"));
    server.showError(PROBLEM);

    WebDriver driver = browser.driver();
    driver.get("http://127.0.0.1:" + server.port() + "/en/");
    FluentWait<WebDriver> wait =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .ignoring(StaleElementReferenceException.class);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("First build");
    wait.until(
        d ->
            !d.findElements(By.id("folio-problems")).isEmpty()
                && d.findElement(By.id("folio-problems")).getText().contains(PROBLEM));
    assertThat(driver.findElement(By.id("folio-problems")).getText())
        .contains("the last change did not build")
        .contains(PROBLEM);
    assertThat(driver.findElement(By.id("folio-problems")).isDisplayed()).isTrue();

    server.publish(site("Second build"));
    wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Second build"));
    assertThat(driver.findElements(By.id("folio-problems")))
        .as("no overlay after a good build")
        .isEmpty();
  }
}
