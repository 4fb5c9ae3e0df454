package dev.folio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.HtmlChecker;
import dev.folio.testing.SearchFiles;
import dev.folio.testing.SiteLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sites/trilingual}: English, Japanese and Traditional Chinese, with strings and pages
 * written for the test. Every language is a language like the others: pages, switch, chooser,
 * search, downloads, numbers and dates.
 */
class TrilingualSiteTest {
  private static final Map<String, String> CODES =
      Map.of("en", "en", "ja", "ja", "zh-hant", "zh-Hant");

  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void build() {
    site = dir.resolve("site");
    Folio.buildFixture("trilingual", site);
  }

  static Document page(String path) {
    try {
      return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyPageIsInEveryLanguageAndSwitchesToBothOthersAtTheSamePage() {
    for (String lang : CODES.keySet()) {
      for (String key : List.of("", "rockets/")) {
        Document page = page(lang + "/" + key);
        assertThat(page.select("html").attr("lang")).isEqualTo(CODES.get(lang));
        assertThat(page.select("a.lang-switch"))
            .extracting(a -> a.attr("href"))
            .containsExactlyElementsOf(
                CODES.keySet().stream()
                    .sorted(Comparator.comparing(List.of("en", "ja", "zh-hant")::indexOf))
                    .filter(other -> !other.equals(lang))
                    .map(other -> (key.isEmpty() ? "../" : "../../") + other + "/" + key)
                    .toList());
        assertThat(page.select("link[rel=alternate]").eachAttr("hreflang"))
            .containsExactly("en", "ja", "zh-Hant", "x-default");
      }
    }
  }

  @Test
  void theChooserListsEveryLanguageTheDefaultFirst() {
    Document chooser = Jsoup.parse(read("index.html"));
    assertThat(chooser.select("[data-choices] > section").eachAttr("data-lang"))
        .containsExactly("en", "ja", "zh-hant");
    assertThat(chooser.select("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void numbersAndDatesAreWrittenByEachLanguagesLocaleData() {
    assertThat(page("ja/rockets/").select("#table-launches").text()).contains("150万");
    assertThat(page("zh-hant/rockets/").select("#table-launches").text()).contains("150萬");
    assertThat(page("en/rockets/").select("#table-launches").text()).contains("1.5 million");
    assertThat(page("ja/").select(".report-date").text()).isEqualTo("2023年3月1日");
    assertThat(page("en/").select(".report-date").text()).isEqualTo("1 March 2023");
  }

  @Test
  void noWordOfTheThemeReachesAPageInAnotherLanguage() {
    for (String word :
        List.of(
            "Skip to content",
            "Sections",
            "Source",
            "Download the data",
            "Switch language",
            "Figures as of")) {
      assertThat(page("ja/rockets/").text()).as(word).doesNotContain(word);
      assertThat(page("zh-hant/rockets/").text()).as(word).doesNotContain(word);
    }
  }

  @Test
  void downloadsHaveAColumnPerLanguageAndSearchAnIndexPerLanguage() {
    String csv = read("data/launches.csv");
    assertThat(csv.lines().findFirst().orElseThrow())
        .contains("name_en", "name_ja", "name_zh-hant");
    for (String lang : CODES.keySet()) {
      assertThat(site.resolve("search/" + lang + "/index.json")).exists();
    }
    Set<String> tokens = new HashSet<>();
    try (var files = Files.list(site.resolve("search/ja/tokens"))) {
      files.forEach(file -> tokens.addAll(SearchFiles.shard(bytes(file)).keySet()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(tokens).as("Japanese as two-character pieces").contains("打ち");
  }

  @Test
  void everyPageIsValidHtmlAndEveryLinkLeadsSomewhere() {
    assertThat(HtmlChecker.get().checkSite(site)).isEmpty();
    SiteLinks links = new SiteLinks(site, "/").checkEveryPage();
    assertThat(links.problems()).isEmpty();
    assertThat(links.checked()).isGreaterThan(50);
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String path) {
    try {
      return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
