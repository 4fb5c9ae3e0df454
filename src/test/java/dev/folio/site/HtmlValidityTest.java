package dev.folio.site;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.GitFixture;
import dev.folio.testing.HtmlChecker;
import dev.folio.testing.NeedsTeaVm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML file of the report fixture's site passes the Nu HTML Checker, and so does its style
 * sheet; and the checker itself reports errors with their line and column.
 */
@NeedsTeaVm
class HtmlValidityTest {
  @TempDir static Path site;

  @BeforeAll
  static void buildTheSite() {
    Folio.buildFixture("report", site.resolve("site"));
    site = site.resolve("site");
  }

  @Test
  void everyHtmlFileOfTheSiteIsValidHtml() {
    List<Path> pages = HtmlChecker.htmlFiles(site);
    assertThat(pages)
        .extracting(site::relativize)
        .extracting(Path::toString)
        .contains(
            "index.html",
            "404.html",
            "zh/index.html",
            "en/index.html",
            "zh/search/index.html",
            "en/search/index.html")
        .hasSizeGreaterThan(10);

    List<String> problems = HtmlChecker.get().checkSite(site);

    assertThat(problems)
        .withFailMessage(
            "%d HTML checker errors in %d pages:%n%s",
            problems.size(), pages.size(), String.join("\n", problems))
        .isEmpty();
  }

  @Test
  void everyHtmlFileOfASiteOfSeveralReportsIsValidHtml(@TempDir Path dir) {
    Path several = dir.resolve("site");
    Folio.buildFixture("series", several);
    List<String> problems = HtmlChecker.get().checkSite(several);
    assertThat(problems)
        .withFailMessage("HTML checker errors:%n%s", String.join("\n", problems))
        .isEmpty();
  }

  @Test
  void everyHtmlFileOfASiteWithRevisionsIsValidHtml(@TempDir Path dir) {
    try (GitFixture git = GitFixture.of("basic", dir.resolve("project"))) {
      git.commit("The report as published", "2023-03-01T10:00:00+08:00");
      git.replace("content/data/models.yaml", "params: 175000000000", "params: 180000000000")
          .replace(
              "content/data/models.yaml",
              "  - id: gpt-4\n    company: openai\n    model: GPT-4\n    params: undisclosed\n"
                  + "    released: 2023-03-14\n    weights: closed\n",
              "")
          .commit("Revised, and a row removed", "2024-06-01T09:00:00+08:00");
      git.replace(
          "content/data/companies.yaml",
          "name: {zh: Meta, en: Meta}",
          "name: {zh: Meta, en: Meta}\n  - id: x\n    name: {zh: X, en: X}");
      Folio.build(git.dir(), dir.resolve("site"));
    }
    List<String> problems = HtmlChecker.get().checkSite(dir.resolve("site"));
    assertThat(problems)
        .withFailMessage("HTML checker errors:%n%s", String.join("\n", problems))
        .isEmpty();
  }

  @Test
  void theStyleSheetIsValidCss() throws IOException {
    List<String> problems =
        checkCss("assets/style.css", Files.readAllBytes(site.resolve("assets/style.css")));

    assertThat(problems).withFailMessage("CSS errors:%n%s", String.join("\n", problems)).isEmpty();
  }

  @Test
  void theCheckerReportsEachErrorWithItsLineAndColumn() {
    String page =
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>t</title></head>
        <body>
        <p><img src="chart.png"></p>
        <p id="x">one</p><p id="x">two</p>
        </body>
        </html>
        """;

    List<String> problems = check("bad.html", page.getBytes(StandardCharsets.UTF_8));

    assertThat(problems)
        .anySatisfy(p -> assertThat(p).startsWith("bad.html:5:").contains("alt"))
        .anySatisfy(p -> assertThat(p).startsWith("bad.html:6:").contains("Duplicate ID"));
  }

  @Test
  void theCheckerReportsCssErrorsAtTheirLineInTheStyleSheet() {
    String css = "body {\n  color: red;\n  margin: 1px 2px 3px 4px 5px;\n}\n";

    assertThat(checkCss("bad.css", css.getBytes(StandardCharsets.UTF_8)))
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .startsWith("bad.css:3:")
        .contains("margin");
  }

  @Test
  void theCheckerPassesAValidPageWithAContentSecurityPolicy() {
    String page =
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
        <title>标题</title>
        </head>
        <body><main><h1>标题</h1><p>正文</p></main></body>
        </html>
        """;

    assertThat(check("good.html", page.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  private static List<String> check(String name, byte[] html) {
    return HtmlChecker.get().check(name, html);
  }

  private static List<String> checkCss(String name, byte[] css) {
    return HtmlChecker.get().checkCss(name, css);
  }
}
