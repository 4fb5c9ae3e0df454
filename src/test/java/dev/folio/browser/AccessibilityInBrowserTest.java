package dev.folio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Browser;
import dev.folio.testing.Folio;
import dev.folio.testing.InBrowser;
import dev.folio.testing.NeedsNpm;
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

/**
 * axe-core (the npm package, installed by Maven's npm-ci step) on every page in both languages, in
 * light and dark colour schemes: no serious or critical violation anywhere.
 */
@InBrowser
@NeedsNpm
class AccessibilityInBrowserTest {
  private static final String RUN_AXE =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {resultTypes: ["violations"]}).then((result) => done(result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => v.impact + " " + v.id + ": " + v.help + " at "
          + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", "))));
      """;

  static Browser browser;
  static String axe;

  @BeforeAll
  static void buildAndOpen() throws IOException {
    Path script = Folio.projectDir().resolve("node_modules/axe-core/axe.min.js");
    assertThat(script).as("axe-core is installed by `mvn verify` (npm ci); run it once").exists();
    axe = Files.readString(script, StandardCharsets.UTF_8);
    browser = Browser.openFixture("report");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void noPageHasASeriousOrCriticalAccessibilityViolation() throws IOException {
    List<String> violations = new ArrayList<>();
    for (String scheme : List.of("light", "dark")) {
      browser
          .driver()
          .executeCdpCommand(
              "Emulation.setEmulatedMedia",
              Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      for (String page : pages()) {
        browser.show(page, 1280);
        browser.driver().executeScript(axe);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.driver().executeAsyncScript(RUN_AXE);
        found.forEach(v -> violations.add(page + " (" + scheme + "): " + v));
      }
    }
    assertThat(violations).isEmpty();
  }

  /** Every page, and the language chooser and 404 page too. */
  static List<String> pages() {
    List<String> pages = new ArrayList<>(List.of("", "404.html"));
    pages.addAll(browser.pages());
    return pages;
  }
}
