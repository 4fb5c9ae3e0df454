package dev.folio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Browser;
import dev.folio.testing.Folio;
import dev.folio.testing.InBrowser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Issue 22: a {@code folio new} report in ja, ko, fr, de, es, zh-TW and ar shows no English
 * interface string, and Arabic is laid out right to left with its charts left to right.
 */
@InBrowser
class BuiltInLanguagesInBrowserTest {
  /** Each language's code and the folder {@code folio new} gives it. */
  private static final Map<String, String> FOLDERS = new LinkedHashMap<>();

  static {
    FOLDERS.put("ja", "ja");
    FOLDERS.put("ko", "ko");
    FOLDERS.put("fr", "fr");
    FOLDERS.put("de", "de");
    FOLDERS.put("es", "es");
    FOLDERS.put("zh-TW", "zh");
    FOLDERS.put("ar", "ar");
  }

  /** The strings a language writes exactly as English does, on purpose (BuiltinLanguagesTest). */
  private static final Map<String, Set<String>> SAME =
      Map.of(
          "de", Set.of("revisions.note"),
          "es", Set.of("value.no"),
          "fr", Set.of("nav.label", "table.source", "errata.note", "chart.images"));

  static Path dir;
  static Browser browser;

  @BeforeAll
  static void newBuildAndOpen() throws IOException {
    dir = Files.createTempDirectory("folio-languages");
    Path project = dir.resolve("report");
    Folio.Run made =
        Folio.run("new", project.toString(), "--languages", String.join(",", FOLDERS.keySet()));
    assertThat(made.exitCode()).as(made.all()).isZero();
    assertThat(project.resolve("i18n")).doesNotExist();
    Path site = dir.resolve("site");
    Folio.Run built = Folio.build(project, site);
    assertThat(built.exitCode()).as(built.all()).isZero();
    browser = Browser.open(site);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void noPageShowsAnEnglishInterfaceString() {
    Map<String, String> english = theme("en");
    for (Map.Entry<String, String> lang : FOLDERS.entrySet()) {
      String file = lang.getKey().equals("zh-TW") ? "zh-Hant" : lang.getKey();
      Map<String, String> own = theme(file);
      List<String> pages =
          browser.pages().stream().filter(p -> p.startsWith(lang.getValue() + "/")).toList();
      assertThat(pages).as(lang.getKey()).hasSizeGreaterThanOrEqualTo(4);
      for (String page : pages) {
        browser.show(page, 1280);
        String shown = shownText();
        for (Map.Entry<String, String> string : english.entrySet()) {
          for (String words : words(string.getValue())) {
            // A phrase the language writes as English does: in its own words (de "Original:"),
            // or a whole string reviewed as the same (fr "Source"; BuiltinLanguagesTest).
            String mine = own.get(string.getKey());
            if (!mine.equals(string.getValue()) && mine.contains(words)
                || SAME.getOrDefault(lang.getKey(), Set.of()).contains(string.getKey())) {
              continue;
            }
            assertThat(
                    Pattern.compile("(?<![\\p{L}])" + Pattern.quote(words) + "(?![\\p{L}])")
                        .matcher(shown)
                        .find())
                .as(
                    "%s %s shows the English %s: \"%s\"",
                    lang.getKey(), page, string.getKey(), words)
                .isFalse();
          }
        }
      }
    }
  }

  @Test
  void arabicIsLaidOutRightToLeftAndItsChartsLeftToRight() {
    browser.show("fr/findings/", 1280);
    assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("dir")).isNull();
    assertThat(left(".site-nav")).isLessThan(left("main"));

    browser.show("ar/findings/", 1280);
    assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("dir"))
        .isEqualTo("rtl");
    // The section list is at the right of the article, and the note's rule on its right side.
    assertThat(left(".site-nav")).isGreaterThan(left("main"));
    WebElement note = browser.driver().findElement(By.cssSelector(".note"));
    assertThat(note.getCssValue("border-right-width")).isEqualTo("4px");
    assertThat(note.getCssValue("border-left-width")).isEqualTo("0px");
    // The pager's "previous" link sits at the right, where an Arabic reader starts.
    WebElement previous = browser.driver().findElement(By.cssSelector(".pager a[rel=prev]"));
    WebElement main = browser.driver().findElement(By.tagName("main"));
    assertThat(previous.getRect().getX() + previous.getRect().getWidth())
        .isGreaterThan(main.getRect().getX() + main.getRect().getWidth() / 2);
    // The chart keeps its axes: its SVG runs left to right, the value axis' 0 at the left.
    WebElement svg = browser.driver().findElement(By.cssSelector(".chart-wide"));
    assertThat(svg.getCssValue("direction")).isEqualTo("ltr");
    List<WebElement> ticks = svg.findElements(By.cssSelector(".chart-tick"));
    assertThat(ticks).hasSizeGreaterThan(2);
    assertThat(ticks.get(0).getRect().getX())
        .isLessThan(ticks.get(ticks.size() - 1).getRect().getX());
    browser.screenshot("languages-ar-findings");
  }

  private static int left(String selector) {
    return browser.driver().findElement(By.cssSelector(selector)).getRect().getX();
  }

  /** The page's visible text and the words it gives assistive technology and forms. */
  private static String shownText() {
    Object text =
        browser
            .driver()
            .executeScript(
                "const parts = [document.body.innerText, document.title];"
                    + "for (const e of document.querySelectorAll('[aria-label],[placeholder],[title],[alt]'))"
                    + "  for (const a of ['aria-label', 'placeholder', 'title', 'alt'])"
                    + "    if (e.hasAttribute(a)) parts.push(e.getAttribute(a));"
                    + "return parts.join('\\n');");
    return String.valueOf(text);
  }

  /**
   * The phrases of an English string between its placeholders that hold a word of three letters or
   * more ("Figures as of", "Contents"), trimmed of punctuation.
   */
  static List<String> words(String english) {
    List<String> words = new ArrayList<>();
    for (String part : english.split("\\{[a-zA-Z]+\\}")) {
      String trimmed = part.replaceAll("^[\\s\\p{P}]+|[\\s\\p{P}&&[^.…]]+$", "").strip();
      if (Pattern.compile("\\p{L}{3,}").matcher(trimmed).find()) {
        words.add(trimmed);
      }
    }
    return words;
  }

  private static Map<String, String> theme(String file) {
    try (InputStream in =
        BuiltInLanguagesInBrowserTest.class.getResourceAsStream(
            "/dev/folio/theme/i18n/" + file + ".yaml")) {
      JsonNode node = YAMLMapper.builder().build().readTree(in.readAllBytes());
      Map<String, String> strings = new LinkedHashMap<>();
      for (var entry : node.properties()) {
        strings.put(entry.getKey(), entry.getValue().asString());
      }
      return strings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
