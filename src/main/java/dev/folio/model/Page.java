package dev.folio.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.commonmark.node.Node;

/**
 * One page in one language, from {@code content/FOLDER/KEY.md}. The pages of every language with
 * the same {@code key} are the same page.
 *
 * <p>Everything later stages need of the body was found when it was read: its Markdown ({@link
 * #body}, the file's text from {@code bodyStart}) and the tree parsed from it ({@code document}),
 * what it embeds, notes included ({@code embeds}, in document order), the anchors links to it may
 * name, and the links and images it holds, so that checking them needs no walk of the tree. The
 * tree is shared read-only and never modified after loading. Two pages are equal when they are read
 * from the same text to the same result; the tree, derived from the text, is not compared
 * (commonmark's nodes compare by identity).
 *
 * @param report the slug of the report it belongs to; empty for the report a site publishes at its
 *     root
 * @param text the file's text, front matter and body: kept whole rather than as a copy of its body,
 *     which a large site would allocate again for every page
 * @param bodyStart where the body (the Markdown after the front matter) starts in {@code text}
 * @param bodyLine the line of the file the body starts on (1-based)
 * @param embeds the tables, charts, notes and extension embeds it places, the embeds inside a note
 *     right after the note
 * @param anchors the ids a link may name: its headings' (made the way the rendered page makes them,
 *     notes' headings included) and its tables' and charts'
 * @param links its links and images, its notes' included, in document order
 */
public record Page(
    String key,
    Language lang,
    String report,
    String path,
    String title,
    int order,
    Integer section,
    String description,
    String text,
    int bodyStart,
    Node document,
    int bodyLine,
    List<Embed> embeds,
    Set<String> anchors,
    List<WrittenLink> links) {
  public static final String HOME = "index";

  /** The key of the generated search page; no content page may use it. */
  public static final String SEARCH = "search";

  /** The key of the generated contents page, which lists every page; no content page may use it. */
  public static final String CONTENTS = "contents";

  /**
   * The key of the generated Changes page, which lists what changed in the report's data since it
   * was published; no content page may use it.
   */
  public static final String CHANGES = "changes";

  /** The keys of Folio's own pages, which no content page may use. */
  public static final List<String> FOLIOS_OWN = List.of(SEARCH, CONTENTS, CHANGES);

  public Page {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(bodyStart, text.length(), text.length());
    Objects.requireNonNull(document, "document");
    embeds = List.copyOf(embeds);
    anchors = Collections.unmodifiableSet(new LinkedHashSet<>(anchors));
    links = List.copyOf(links);
  }

  /**
   * A link ({@code [text](href)}) or an image ({@code ![alt](src)}) as the page writes it, with its
   * position in the file.
   */
  public record WrittenLink(String href, SourcePos pos, boolean image) {}

  /** The Markdown after the front matter (a copy: {@link #bodyLength} costs nothing). */
  public String body() {
    return text.substring(bodyStart);
  }

  /** How many characters the body has. */
  public int bodyLength() {
    return text.length() - bodyStart;
  }

  public boolean isHome() {
    return HOME.equals(key);
  }

  /**
   * The folder of its language's pages in the project: {@code content/en/}, {@code
   * content/reports/SLUG/en/}.
   */
  public String pagesFolder() {
    return path.substring(0, path.length() - key.length() - ".md".length());
  }

  /** Reads {@code href} as written in this page. */
  public LinkTarget linkTarget(String href) {
    return LinkTarget.parse(path, pagesFolder(), lang.folder(), href);
  }

  /**
   * Where the page is in the site: {@code zh/llm-models/}, {@code zh/} for the home page of the
   * report at a site's root; {@code zh/SLUG/llm-models/}, {@code zh/SLUG/} in a site of several
   * reports.
   */
  public String sitePath() {
    return sitePath(lang, report, key);
  }

  /** Where the page {@code key} of a report is (or Folio's own page of that key). */
  public static String sitePath(Language lang, String report, String key) {
    return lang.folder()
        + "/"
        + (report.isEmpty() ? "" : report + "/")
        + (HOME.equals(key) ? "" : key + "/");
  }

  /** Position in the file of a body line (0-based, as commonmark counts). */
  public SourcePos bodyPos(int lineIndex, int columnIndex) {
    return new SourcePos(path, bodyLine + lineIndex, columnIndex + 1);
  }

  /** The embed read from {@code block}, a fenced block of the body or of a note; null if none. */
  public Embed embedAt(Node block) {
    for (Embed embed : embeds) {
      if (embed.block() == block) {
        return embed;
      }
    }
    return null;
  }

  /** Whether the page places {@code ```table NAME}. */
  public boolean embedsTable(String name) {
    return embeds.stream()
        .anyMatch(embed -> embed.kind() == Embed.Kind.TABLE && embed.name().equals(name));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Page that
        && key.equals(that.key)
        && lang.equals(that.lang)
        && report.equals(that.report)
        && path.equals(that.path)
        && title.equals(that.title)
        && order == that.order
        && Objects.equals(section, that.section)
        && Objects.equals(description, that.description)
        && bodyLine == that.bodyLine
        && bodyStart == that.bodyStart
        && text.equals(that.text)
        && embeds.equals(that.embeds)
        && anchors.equals(that.anchors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, lang, path, title, order, section, description, text, bodyLine);
  }
}
