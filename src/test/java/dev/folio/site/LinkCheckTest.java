package dev.folio.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.SiteLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every link of the report fixture's site leads somewhere, built for a user site ({@code /}) and
 * for a GitHub project site ({@code --base-url /repo-name/}); and both languages mirror each other.
 */
@NeedsTeaVm
class LinkCheckTest {
  private static final Map<String, String> HTML_LANG = Map.of("zh", "zh-CN", "en", "en");

  @TempDir static Path dir;

  static Build userSite;
  static Build projectSite;

  /** A built site and the URL path it is served under. */
  record Build(String name, Path root, String basePath) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void buildTheSiteTwice() {
    userSite = new Build("base URL /", dir.resolve("user"), "/");
    projectSite = new Build("base URL /repo-name/", dir.resolve("project"), "/repo-name/");
    Folio.buildFixture("report", userSite.root());
    Folio.buildFixture("report", projectSite.root(), "--base-url", "/repo-name/");
  }

  static Stream<Build> builds() {
    return Stream.of(userSite, projectSite);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void everyLinkLeadsToAFileThatExistsAndToAnAnchorThatExists(Build build) {
    List<Path> pages = htmlFiles(build.root());
    assertThat(pages).hasSizeGreaterThan(20);
    SiteLinks links = new SiteLinks(build.root(), build.basePath()).checkEveryPage();

    assertThat(links.checked()).isGreaterThan(500);
    assertThat(links.problems())
        .withFailMessage(
            "%d broken links:%n%s", links.problems().size(), String.join("\n", links.problems()))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void theNotFoundPageLinksOnlyRootRelativelyBecauseItIsServedAtAnyDepth(Build build) {
    Document notFound = page(build.root().resolve("404.html"));
    List<String> links = new ArrayList<>();
    notFound
        .select("[href], [src]")
        .forEach(e -> links.add(e.hasAttr("href") ? e.attr("href") : e.attr("src")));

    assertThat(links)
        .isNotEmpty()
        .allSatisfy(link -> assertThat(link).startsWith(build.basePath()).doesNotStartWith("//"));
    assertThat(notFound.select("link[rel=stylesheet]")).hasSize(1);
  }

  @Test
  void everyPageInChineseHasAnEnglishPageAtTheSameRelativePath() {
    Set<String> zh = relativePaths(userSite.root().resolve("zh"));
    Set<String> en = relativePaths(userSite.root().resolve("en"));

    assertThat(zh).contains("index.html", "search/index.html").hasSizeGreaterThan(10);
    assertThat(en).isEqualTo(zh);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void everyPageDeclaresItsLanguageCanonicalAlternatesAndSwitchToTheSamePageInTheOtherLanguage(
      Build build) {
    SiteLinks links = new SiteLinks(build.root(), build.basePath());
    List<String> problems = new ArrayList<>();
    for (String lang : List.of("zh", "en")) {
      String other = lang.equals("zh") ? "en" : "zh";
      for (String relative : relativePaths(build.root().resolve(lang))) {
        String name = lang + "/" + relative;
        Path file = build.root().resolve(name);
        Path twin = build.root().resolve(other).resolve(relative);
        Document page = page(file);

        String htmlLang = page.selectFirst("html").attr("lang");
        if (!htmlLang.equals(HTML_LANG.get(lang))) {
          problems.add(
              name + ": <html lang=\"" + htmlLang + "\">, expected " + HTML_LANG.get(lang));
        }

        // A chart's embed page, which another site's iframe shows, is the chart alone: its
        // canonical address is the chart's own page, and it has no alternates or language switch.
        boolean embed = relative.matches(".*charts/[^/]+/embed/index\\.html");
        Path canonicalTarget = embed ? file.getParent().getParent().resolve("index.html") : file;
        Elements canonical = page.select("link[rel=canonical]");
        if (canonical.size() != 1) {
          problems.add(name + ": " + canonical.size() + " canonical links, expected exactly one");
        } else {
          expectTarget(
              problems,
              links,
              file,
              canonical.first(),
              "href",
              canonicalTarget,
              name + ": canonical");
        }
        if (embed) {
          continue;
        }

        Map<String, Path> alternates = new LinkedHashMap<>();
        alternates.put(HTML_LANG.get(lang), file);
        alternates.put(HTML_LANG.get(other), twin);
        alternates.put("x-default", build.root().resolve("index.html"));
        for (var alternate : alternates.entrySet()) {
          Elements found = page.select("link[rel=alternate][hreflang=" + alternate.getKey() + "]");
          if (found.size() != 1) {
            problems.add(
                name
                    + ": "
                    + found.size()
                    + " alternates for hreflang="
                    + alternate.getKey()
                    + ", expected exactly one");
          } else {
            expectTarget(
                problems,
                links,
                file,
                found.first(),
                "href",
                alternate.getValue(),
                name + ": alternate " + alternate.getKey());
          }
        }

        Elements switches = page.select("a.lang-switch");
        if (switches.size() != 1) {
          problems.add(name + ": " + switches.size() + " language switch links, expected one");
        } else {
          Element languageSwitch = switches.first();
          expectTarget(problems, links, file, languageSwitch, "href", twin, name + ": lang-switch");
          if (!languageSwitch.attr("hreflang").equals(HTML_LANG.get(other))) {
            problems.add(
                name
                    + ": lang-switch has hreflang=\""
                    + languageSwitch.attr("hreflang")
                    + "\", expected "
                    + HTML_LANG.get(other));
          }
        }
      }
    }

    assertThat(problems)
        .withFailMessage("%d problems:%n%s", problems.size(), String.join("\n", problems))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void theLanguageChooserIsItsOwnCanonicalAndNamesBothHomePagesAsAlternates(Build build) {
    Path chooser = build.root().resolve("index.html");
    Document page = page(chooser);
    SiteLinks links = new SiteLinks(build.root(), build.basePath());
    List<String> problems = new ArrayList<>();

    assertThat(page.select("link[rel=canonical]")).hasSize(1);
    expectTarget(
        problems,
        links,
        chooser,
        page.selectFirst("link[rel=canonical]"),
        "href",
        chooser,
        "index.html: canonical");
    for (String lang : List.of("zh", "en")) {
      Elements alternate = page.select("link[rel=alternate][hreflang=" + HTML_LANG.get(lang) + "]");
      assertThat(alternate).as("alternate " + lang).hasSize(1);
      expectTarget(
          problems,
          links,
          chooser,
          alternate.first(),
          "href",
          build.root().resolve(lang + "/index.html"),
          "index.html: alternate " + lang);
      Elements choice = page.select("a[hreflang=" + HTML_LANG.get(lang) + "]");
      assertThat(choice).as("link to the " + lang + " home page").hasSize(1);
      expectTarget(
          problems,
          links,
          chooser,
          choice.first(),
          "href",
          build.root().resolve(lang + "/index.html"),
          "index.html: choice " + lang);
    }

    assertThat(problems).withFailMessage(String.join("\n", problems)).isEmpty();
  }

  @Test
  void theLinkCheckerFindsBrokenFilesAnchorsEscapesAndBadUrls() throws IOException {
    Path root = dir.resolve("broken");
    Files.createDirectories(root.resolve("en/page"));
    Files.writeString(root.resolve("index.html"), "<p id=top>root</p>");
    Files.writeString(
        root.resolve("en/page/index.html"),
        """
        <a href="../../index.html#top">fine</a>
        <a href="../../">fine, a folder</a>
        <a href="#here" id="here">fine, this page</a>
        <a href="https://example.org/a?b=c#d">fine, external</a>
        <a href="../missing/">missing page</a>
        <a href="../../index.html#nowhere">missing anchor</a>
        <a href="../../../outside.html">above the site</a>
        <a href="/index.html">not under the base path</a>
        <a href="https://exa mple.org/">bad external</a>
        <a href="javascript:alert(1)">script</a>
        <a href="../../en">folder without slash</a>
        """);
    SiteLinks links = new SiteLinks(root, "/repo-name/");
    Path page = root.resolve("en/page/index.html");
    for (Element a : page(page).select("a")) {
      links.check(page, a, "href");
    }

    assertThat(links.problems())
        .hasSize(7)
        .satisfiesExactly(
            p -> assertThat(p).contains("../missing/").contains("no such file"),
            p -> assertThat(p).contains("#nowhere").contains("no element with id"),
            p -> assertThat(p).contains("../../../outside.html").contains("outside the site"),
            p -> assertThat(p).contains("/index.html").contains("/repo-name/"),
            p -> assertThat(p).contains("https://exa mple.org/"),
            p -> assertThat(p).contains("javascript:"),
            p -> assertThat(p).contains("../../en").contains("trailing slash"));
  }

  /** Checks that {@code element}'s link resolves to exactly {@code expected}. */
  private static void expectTarget(
      List<String> problems,
      SiteLinks links,
      Path page,
      Element element,
      String attribute,
      Path expected,
      String what) {
    String link = element.attr(attribute);
    Path target = links.target(page, link);
    if (target == null || !target.equals(expected)) {
      problems.add(
          what
              + " \""
              + link
              + "\" leads to "
              + (target == null ? "nothing" : links.root().relativize(target))
              + ", expected "
              + links.root().relativize(expected));
    }
  }

  private static Document page(Path file) {
    try {
      return Jsoup.parse(file.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> htmlFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> relativePaths(Path root) {
    return htmlFiles(root).stream()
        .map(p -> root.relativize(p).toString().replace('\\', '/'))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
