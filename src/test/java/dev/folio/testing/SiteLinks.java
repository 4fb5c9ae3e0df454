package dev.folio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Resolves the links of a built site the way a browser does, as if the site were served under
 * {@code basePath}, and says what is wrong with each: a missing file or anchor, a path that leaves
 * the site or bypasses the base path, a scheme other than http(s).
 */
public final class SiteLinks {
  /** Where the site pretends to be served, to resolve links the way a browser does. */
  private static final String ORIGIN = "http://site.test";

  private final Path root;
  private final String basePath;
  private final List<String> problems = new ArrayList<>();
  private final Map<Path, Set<String>> ids = new HashMap<>();
  private int checked;

  public SiteLinks(Path root, String basePath) {
    this.root = root;
    this.basePath = basePath;
  }

  /**
   * Checks every link of every HTML page: {@code href}, {@code src}, a form's {@code action} and
   * the search index a page names in {@code data-index}.
   */
  public SiteLinks checkEveryPage() {
    for (Path page : HtmlChecker.htmlFiles(root)) {
      for (Element element : page(page).select("[href], [src], form[action], [data-index]")) {
        for (String attribute : List.of("href", "src", "action", "data-index")) {
          if (element.hasAttr(attribute)) {
            check(page, element, attribute);
          }
        }
      }
    }
    return this;
  }

  /** The problems found so far, each {@code page: <tag attribute="link">: what is wrong}. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** How many links were checked. */
  public int checked() {
    return checked;
  }

  public Path root() {
    return root;
  }

  public void check(Path page, Element element, String attribute) {
    checked++;
    String link = element.attr(attribute);
    String where =
        root.relativize(page)
            + ": <"
            + element.tagName()
            + " "
            + attribute
            + "=\""
            + link
            + "\">: ";
    String problem = problem(page, link);
    if (problem != null) {
      problems.add(where + problem);
    }
  }

  /** What is wrong with a link on {@code page}, or null. */
  public String problem(Path page, String link) {
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
      return uri.getHost() == null || uri.getHost().isEmpty()
          ? "external link without a host"
          : null;
    }
    if (link.startsWith("//")) {
      return "protocol-relative link";
    }
    if (link.startsWith("/") && !link.startsWith(basePath)) {
      return "root-relative link outside the base path " + basePath;
    }
    String path = URI.create(ORIGIN + pageUrl(page)).resolve(uri).getPath();
    if (!path.startsWith(basePath)) {
      return "leads outside the site (to " + path + ")";
    }
    Path file = root.resolve(path.substring(basePath.length())).normalize();
    if (!file.startsWith(root)) {
      return "leads outside the site (to " + path + ")";
    }
    if (Files.isDirectory(file)) {
      if (!path.endsWith("/")) {
        return "a folder without a trailing slash: its page's relative links would break";
      }
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file)) {
      return "no such file " + root.relativize(file);
    }
    String fragment = uri.getFragment();
    if (fragment != null) {
      if (file.toString().endsWith(".pdf")) {
        // A PDF opened at a page (RFC 8118): the page must be one of the PDF's.
        return fragment.matches("page=[1-9]\\d*")
                && Integer.parseInt(fragment.substring(5)) <= pages(file)
            ? null
            : "a fragment of a PDF other than page=N with N one of its pages: #" + fragment;
      }
      if (!file.toString().endsWith(".html")) {
        return "a fragment in a link to a file that is not HTML";
      }
      if (!ids(file).contains(fragment)) {
        return "no element with id \"" + fragment + "\" in " + root.relativize(file);
      }
    }
    return null;
  }

  /** How many pages a PDF has (PDFBox reads it). */
  private static int pages(Path pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      return document.getNumberOfPages();
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /** The file a link on {@code page} leads to, or null if it leads nowhere valid. */
  public Path target(Path page, String link) {
    if (problem(page, link) != null || URI.create(link).getScheme() != null) {
      return null;
    }
    String path = URI.create(ORIGIN + pageUrl(page)).resolve(link).getPath();
    Path file = root.resolve(path.substring(basePath.length())).normalize();
    return Files.isDirectory(file) ? file.resolve("index.html") : file;
  }

  /** The URL path a file is served at, e.g. {@code /repo-name/zh/chips/index.html}. */
  private String pageUrl(Path page) {
    return basePath + root.relativize(page).toString().replace('\\', '/');
  }

  private Set<String> ids(Path file) {
    return ids.computeIfAbsent(
        file,
        f -> page(f).select("[id]").stream().map(e -> e.attr("id")).collect(Collectors.toSet()));
  }

  public static Document page(Path file) {
    try {
      return Jsoup.parse(file.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
