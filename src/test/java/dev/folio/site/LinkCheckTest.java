package dev.folio.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Every link of the real site leads somewhere, built for a user site ({@code /}) and for a
 * GitHub project site ({@code --base-url /repo-name/}); and both languages mirror each other.
 */
class LinkCheckTest {
  /** Where the site pretends to be served, to resolve links the way a browser does. */
  private static final String ORIGIN = "http://site.test";
  private static final Map<String, String> HTML_LANG = Map.of("zh", "zh-CN", "en", "en");

  @TempDir
  static Path dir;

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
    Folio.buildProject(userSite.root());
    Folio.buildProject(projectSite.root(), "--base-url", "/repo-name/");
  }

  static Stream<Build> builds() {
    return Stream.of(userSite, projectSite);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void everyLinkLeadsToAFileThatExistsAndToAnAnchorThatExists(Build build) {
    List<Path> pages = htmlFiles(build.root());
    assertThat(pages).hasSizeGreaterThan(20);
    Links links = new Links(build);
    int checked = 0;
    for (Path page : pages) {
      // Also the search form's target and the index the search script fetches.
      for (Element element : page(page).select("[href], [src], form[action], [data-index]")) {
        for (String attribute : List.of("href", "src", "action", "data-index")) {
          if (element.hasAttr(attribute)) {
            links.check(page, element, attribute);
            checked++;
          }
        }
      }
    }

    assertThat(checked).isGreaterThan(500);
    assertThat(links.problems).withFailMessage("%d broken links:%n%s", links.problems.size(),
        String.join("\n", links.problems)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builds")
  void theNotFoundPageLinksOnlyRootRelativelyBecauseItIsServedAtAnyDepth(Build build) {
    Document notFound = page(build.root().resolve("404.html"));
    List<String> links = new ArrayList<>();
    notFound.select("[href], [src]").forEach(e -> links.add(e.hasAttr("href") ? e.attr("href")
        : e.attr("src")));

    assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link)
        .startsWith(build.basePath()).doesNotStartWith("//"));
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
    Links links = new Links(build);
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
          problems.add(name + ": <html lang=\"" + htmlLang + "\">, expected "
              + HTML_LANG.get(lang));
        }

        Elements canonical = page.select("link[rel=canonical]");
        if (canonical.size() != 1) {
          problems.add(name + ": " + canonical.size() + " canonical links, expected exactly one");
        } else {
          expectTarget(problems, links, file, canonical.first(), "href", file,
              name + ": canonical");
        }

        Map<String, Path> alternates = new LinkedHashMap<>();
        alternates.put(HTML_LANG.get(lang), file);
        alternates.put(HTML_LANG.get(other), twin);
        alternates.put("x-default", build.root().resolve("index.html"));
        for (var alternate : alternates.entrySet()) {
          Elements found = page.select("link[rel=alternate][hreflang=" + alternate.getKey() + "]");
          if (found.size() != 1) {
            problems.add(name + ": " + found.size() + " alternates for hreflang="
                + alternate.getKey() + ", expected exactly one");
          } else {
            expectTarget(problems, links, file, found.first(), "href", alternate.getValue(),
                name + ": alternate " + alternate.getKey());
          }
        }

        Elements switches = page.select("a.lang-switch");
        if (switches.size() != 1) {
          problems.add(name + ": " + switches.size() + " language switch links, expected one");
        } else {
          Element languageSwitch = switches.first();
          expectTarget(problems, links, file, languageSwitch, "href", twin,
              name + ": lang-switch");
          if (!languageSwitch.attr("hreflang").equals(HTML_LANG.get(other))) {
            problems.add(name + ": lang-switch has hreflang=\"" + languageSwitch.attr("hreflang")
                + "\", expected " + HTML_LANG.get(other));
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
    Links links = new Links(build);
    List<String> problems = new ArrayList<>();

    assertThat(page.select("link[rel=canonical]")).hasSize(1);
    expectTarget(problems, links, chooser, page.selectFirst("link[rel=canonical]"), "href",
        chooser, "index.html: canonical");
    for (String lang : List.of("zh", "en")) {
      Elements alternate = page.select("link[rel=alternate][hreflang=" + HTML_LANG.get(lang) + "]");
      assertThat(alternate).as("alternate " + lang).hasSize(1);
      expectTarget(problems, links, chooser, alternate.first(), "href",
          build.root().resolve(lang + "/index.html"), "index.html: alternate " + lang);
      Elements choice = page.select("a[hreflang=" + HTML_LANG.get(lang) + "]");
      assertThat(choice).as("link to the " + lang + " home page").hasSize(1);
      expectTarget(problems, links, chooser, choice.first(), "href",
          build.root().resolve(lang + "/index.html"), "index.html: choice " + lang);
    }

    assertThat(problems).withFailMessage(String.join("\n", problems)).isEmpty();
  }

  @Test
  void theLinkCheckerFindsBrokenFilesAnchorsEscapesAndBadUrls() throws IOException {
    Path root = dir.resolve("broken");
    Files.createDirectories(root.resolve("en/page"));
    Files.writeString(root.resolve("index.html"), "<p id=top>root</p>");
    Files.writeString(root.resolve("en/page/index.html"), """
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
    Links links = new Links(new Build("broken", root, "/repo-name/"));
    Path page = root.resolve("en/page/index.html");
    for (Element a : page(page).select("a")) {
      links.check(page, a, "href");
    }

    assertThat(links.problems).hasSize(7).satisfiesExactly(
        p -> assertThat(p).contains("../missing/").contains("no such file"),
        p -> assertThat(p).contains("#nowhere").contains("no element with id"),
        p -> assertThat(p).contains("../../../outside.html").contains("outside the site"),
        p -> assertThat(p).contains("/index.html").contains("/repo-name/"),
        p -> assertThat(p).contains("https://exa mple.org/"),
        p -> assertThat(p).contains("javascript:"),
        p -> assertThat(p).contains("../../en").contains("trailing slash"));
  }

  /** Checks that {@code element}'s link resolves to exactly {@code expected}. */
  private static void expectTarget(List<String> problems, Links links, Path page, Element element,
      String attribute, Path expected, String what) {
    String link = element.attr(attribute);
    Path target = links.target(page, link);
    if (target == null || !target.equals(expected)) {
      problems.add(what + " \"" + link + "\" leads to "
          + (target == null ? "nothing" : links.build.root().relativize(target)) + ", expected "
          + links.build.root().relativize(expected));
    }
  }

  /** Resolves and checks links of one build, collecting problems. */
  private static final class Links {
    final Build build;
    final List<String> problems = new ArrayList<>();
    private final Map<Path, Set<String>> ids = new HashMap<>();

    Links(Build build) {
      this.build = build;
    }

    void check(Path page, Element element, String attribute) {
      String link = element.attr(attribute);
      String where = build.root().relativize(page) + ": <" + element.tagName() + " " + attribute
          + "=\"" + link + "\">: ";
      String problem = problem(page, link);
      if (problem != null) {
        problems.add(where + problem);
      }
    }

    /** What is wrong with a link on {@code page}, or null. */
    private String problem(Path page, String link) {
      URI uri;
      try {
        uri = new URI(link);
      } catch (URISyntaxException e) {
        return "not a valid URL: " + e.getMessage();
      }
      if (link.isEmpty()) {
        return "empty link";
      }
      if (uri.getScheme() != null) {
        if (!uri.getScheme().equals("https") && !uri.getScheme().equals("http")) {
          return "unexpected scheme " + uri.getScheme() + ":";
        }
        return uri.getHost() == null || uri.getHost().isEmpty() ? "external link without a host"
            : null;
      }
      if (link.startsWith("//")) {
        return "protocol-relative link";
      }
      if (link.startsWith("/") && !link.startsWith(build.basePath())) {
        return "root-relative link outside the base path " + build.basePath();
      }
      URI resolved = URI.create(ORIGIN + pageUrl(page)).resolve(uri);
      String path = resolved.getPath();
      if (!path.startsWith(build.basePath())) {
        return "leads outside the site (to " + path + ")";
      }
      Path file = build.root().resolve(path.substring(build.basePath().length())).normalize();
      if (!file.startsWith(build.root())) {
        return "leads outside the site (to " + path + ")";
      }
      if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          return "a folder without a trailing slash: its page's relative links would break";
        }
        file = file.resolve("index.html");
      }
      if (!Files.isRegularFile(file)) {
        return "no such file " + build.root().relativize(file);
      }
      String fragment = uri.getFragment();
      if (fragment != null) {
        if (!file.toString().endsWith(".html")) {
          return "a fragment in a link to a file that is not HTML";
        }
        if (!ids(file).contains(fragment)) {
          return "no element with id \"" + fragment + "\" in " + build.root().relativize(file);
        }
      }
      return null;
    }

    /** The file a link on {@code page} leads to, or null if it leads nowhere valid. */
    Path target(Path page, String link) {
      if (problem(page, link) != null || URI.create(link).getScheme() != null) {
        return null;
      }
      String path = URI.create(ORIGIN + pageUrl(page)).resolve(link).getPath();
      Path file = build.root().resolve(path.substring(build.basePath().length())).normalize();
      return Files.isDirectory(file) ? file.resolve("index.html") : file;
    }

    /** The URL path a file is served at, e.g. {@code /repo-name/zh/chips/index.html}. */
    private String pageUrl(Path page) {
      return build.basePath() + build.root().relativize(page).toString().replace('\\', '/');
    }

    private Set<String> ids(Path file) {
      return ids.computeIfAbsent(file, f -> page(f).select("[id]").stream()
          .map(e -> e.attr("id")).collect(Collectors.toSet()));
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
    return htmlFiles(root).stream().map(p -> root.relativize(p).toString().replace('\\', '/'))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
