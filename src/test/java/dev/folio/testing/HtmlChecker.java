package dev.folio.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.BasicConfigurator;
import org.apache.log4j.varia.NullAppender;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu), in-process and offline: its schemas
 * are inside the jar. Set up once per JVM (about a second), then about 10 ms a page. Warnings are
 * ignored; errors come back as {@code name:line:col: message}.
 */
public final class HtmlChecker {
  /** The checker's own name for its bundled HTML5 schema (resolved from the jar, not fetched). */
  private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private static HtmlChecker shared;

  private final SimpleDocumentValidator checker;
  private final Errors errors = new Errors();

  private HtmlChecker() throws Exception {
    // The checker logs through log4j 1.2; keep it quiet instead of letting it warn about that.
    BasicConfigurator.configure(new NullAppender());
    // No log4j set-up of its own, no URL logging, no language guessing: the pages declare
    // their language and a guess is only ever a warning.
    checker = new SimpleDocumentValidator(false, false, false);
    checker.setUpMainSchema(HTML5_SCHEMA, errors);
    if (!errors.found.isEmpty()) {
      throw new IllegalStateException("the checker cannot read its own schema: " + errors.found);
    }
    // Buffer the document (as the web checker does) rather than fail on streamability.
    checker.setUpValidatorAndParsers(errors, true, false);
  }

  /** The one checker of this JVM; callers share it one document at a time. */
  public static synchronized HtmlChecker get() {
    if (shared == null) {
      try {
        shared = new HtmlChecker();
      } catch (Exception e) {
        throw new IllegalStateException("the Nu HTML Checker could not be set up", e);
      }
    }
    return shared;
  }

  /** Every error in every HTML file under {@code site}, each as {@code path:line:col: message}. */
  public synchronized List<String> checkSite(Path site) {
    List<String> problems = new ArrayList<>();
    for (Path page : htmlFiles(site)) {
      try {
        problems.addAll(
            check(site.relativize(page).toString().replace('\\', '/'), Files.readAllBytes(page)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return problems;
  }

  /** Checks one HTML document; returns its errors as {@code name:line:col: message}. */
  public synchronized List<String> check(String name, byte[] html) {
    errors.start(name, 0);
    try {
      checker.checkHtmlInputSource(source(name, html));
    } catch (IOException | SAXException e) {
      errors.found.add(name + ": the checker failed: " + e);
    }
    return List.copyOf(errors.found);
  }

  /** Checks a style sheet; the checker wraps it in a {@code <style>} element one line down. */
  public synchronized List<String> checkCss(String name, byte[] css) {
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
    source.setSystemId("file:///site/" + name);
    return source;
  }

  /** The HTML files under {@code root}, sorted. */
  public static List<Path> htmlFiles(Path root) {
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
      return name
          + ":"
          + (e.getLineNumber() + lineOffset)
          + ":"
          + e.getColumnNumber()
          + ": "
          + e.getMessage();
    }
  }
}
