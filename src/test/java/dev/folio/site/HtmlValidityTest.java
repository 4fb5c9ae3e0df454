package dev.folio.site;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Every HTML file of the real site passes the Nu HTML Checker (the engine behind
 * validator.w3.org/nu), run in-process and offline: its schemas are inside the jar.
 * Warnings are ignored; errors fail with {@code file:line:col: message}.
 */
class HtmlValidityTest {
  /** The checker's own name for its bundled HTML5 schema (resolved from the jar, not fetched). */
  private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  @TempDir
  static Path site;

  private static SimpleDocumentValidator checker;
  private static final Errors errors = new Errors();

  @BeforeAll
  static void buildTheSiteAndSetUpTheChecker() throws Exception {
    Folio.buildProject(site);
    // The checker logs through log4j 1.2; keep it quiet instead of letting it warn about that.
    org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
    // No log4j set-up of its own, no URL logging, no language guessing: the pages declare
    // their language and a guess is only ever a warning.
    checker = new SimpleDocumentValidator(false, false, false);
    checker.setUpMainSchema(HTML5_SCHEMA, errors);
    assertThat(errors.found).as("problems reading the checker's own schema").isEmpty();
    // Buffer the document (as the web checker does) rather than fail on streamability.
    checker.setUpValidatorAndParsers(errors, true, false);
  }

  @Test
  void everyHtmlFileOfTheSiteIsValidHtml() throws IOException {
    List<Path> pages = htmlFiles(site);
    assertThat(pages).extracting(site::relativize).extracting(Path::toString)
        .contains("index.html", "404.html", "zh/index.html", "en/index.html",
            "zh/search/index.html", "en/search/index.html")
        .hasSizeGreaterThan(10);

    List<String> problems = new ArrayList<>();
    for (Path page : pages) {
      problems.addAll(check(site.relativize(page).toString(), Files.readAllBytes(page)));
    }

    assertThat(problems)
        .withFailMessage("%d HTML checker errors in %d pages:%n%s", problems.size(), pages.size(),
            String.join("\n", problems))
        .isEmpty();
  }

  @Test
  void theStyleSheetIsValidCss() throws IOException {
    List<String> problems = checkCss("assets/style.css",
        Files.readAllBytes(site.resolve("assets/style.css")));

    assertThat(problems).withFailMessage("CSS errors:%n%s", String.join("\n", problems)).isEmpty();
  }

  @Test
  void theCheckerReportsEachErrorWithItsLineAndColumn() {
    String page = """
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

    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("bad.html:5:").contains("alt"))
        .anySatisfy(p -> assertThat(p).startsWith("bad.html:6:").contains("Duplicate ID"));
  }

  @Test
  void theCheckerReportsCssErrorsAtTheirLineInTheStyleSheet() {
    String css = "body {\n  color: red;\n  margin: 1px 2px 3px 4px 5px;\n}\n";

    assertThat(checkCss("bad.css", css.getBytes(StandardCharsets.UTF_8)))
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .startsWith("bad.css:3:").contains("margin");
  }

  @Test
  void theCheckerPassesAValidPageWithAContentSecurityPolicy() {
    String page = """
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

  /** Checks one HTML document; returns its errors as {@code name:line:col: message}. */
  private static List<String> check(String name, byte[] html) {
    errors.start(name, 0);
    try {
      checker.checkHtmlInputSource(source(name, html));
    } catch (IOException | SAXException e) {
      errors.found.add(name + ": the checker failed: " + e);
    }
    return List.copyOf(errors.found);
  }

  /** Checks a style sheet; the checker wraps it in a {@code <style>} element one line down. */
  private static List<String> checkCss(String name, byte[] css) {
    errors.start(name, -1);
    try {
      InputSource source = source(name, css);
      source.setEncoding("UTF-8");
      checker.checkCssInputSource(source);
    } catch (IOException | SAXException e) {
      errors.found.add(name + ": the checker failed: " + e);
    }
    return List.copyOf(errors.found);
  }

  private static InputSource source(String name, byte[] bytes) {
    InputSource source = new InputSource(new ByteArrayInputStream(bytes));
    source.setSystemId(site.resolve(name).toUri().toString());
    return source;
  }

  private static List<Path> htmlFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collects errors (and fatal errors) of the document being checked; ignores warnings. */
  private static final class Errors implements ErrorHandler {
    private final List<String> found = new ArrayList<>();
    private String name = "schema";
    private int lineOffset;

    void start(String documentName, int documentLineOffset) {
      name = documentName;
      lineOffset = documentLineOffset;
      found.clear();
    }

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      found.add(format(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      found.add(format(e) + " (fatal)");
    }

    private String format(SAXParseException e) {
      return name + ":" + (e.getLineNumber() + lineOffset) + ":" + e.getColumnNumber() + ": "
          + e.getMessage();
    }
  }
}
