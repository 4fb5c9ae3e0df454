package dev.folio.check;

import dev.folio.extension.EmbedType;
import dev.folio.model.Content;
import dev.folio.model.Embed;
import dev.folio.model.LinkTarget;
import dev.folio.model.Page;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.Similarity;
import dev.folio.model.Site;
import dev.folio.model.SourcePos;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks one page against the rest of the content: its links, its notes' included (before
 * extensions run), or its embeds (after, when the extensions' embed types are known).
 */
final class PageChecker {
  private final Page page;
  private final Content content;
  private final Problems problems;

  /** The site, for links to other reports' pages (when checking links). */
  private Site site;

  private PageChecker(Page page, Content content, Problems problems) {
    this.page = page;
    this.content = content;
    this.problems = problems;
  }

  /** Every link and image of the page and its notes leads somewhere that exists. */
  static List<Problem> links(Page page, Content content, Site site) {
    Problems problems = new Problems();
    PageChecker checker = new PageChecker(page, content, problems);
    checker.site = site;
    for (Page.WrittenLink link : page.links()) {
      checker.checkTarget(link.pos(), link.href(), link.image());
    }
    return problems.list();
  }

  /** Every embed of the page names something there is and takes the body it can take. */
  static List<Problem> embeds(Page page, Content content, Map<String, EmbedType> types) {
    Problems problems = new Problems();
    Map<String, Integer> uses = new HashMap<>();
    Map<String, SourcePos> placed = new HashMap<>();
    for (Embed embed : page.embeds()) {
      if (embed.anchor() != null && placed.putIfAbsent(embed.anchor(), embed.pos()) != null) {
        placedTwice(embed, placed.get(embed.anchor()), problems);
        continue;
      }
      switch (embed.kind()) {
        case TABLE -> checkTable(embed, content, problems);
        case CHART ->
            ChartChecker.checkEmbed(embed.name(), embed.body(), embed.pos(), content, problems);
        case EXTENSION -> {
          int index = uses.merge(embed.name(), 1, Integer::sum) - 1;
          EmbedType type = types.get(embed.name());
          // None if its extension did not compute: its problems say why.
          if (type != null) {
            type.check(new EmbedType.Use(page, embed.body(), embed.pos(), index), problems);
          }
        }
        case NOTE -> {}
      }
    }
    return problems.list();
  }

  /**
   * A table or chart placed a second time: its id ({@code table-NAME}) and its notes' ids would be
   * twice in the page, and a link to it could lead to either; a page places each once and links to
   * it elsewhere.
   */
  private static void placedTwice(Embed embed, SourcePos first, Problems problems) {
    String what = embed.kind() == Embed.Kind.TABLE ? "the table" : "the chart";
    problems.add(
        embed.pos(),
        what
            + " \""
            + embed.name()
            + "\" is already placed on this page, at line "
            + first.line()
            + "; a page places each table and chart once",
        "remove this block, and link to the first where you need it again: [see it](#"
            + embed.anchor()
            + ")");
  }

  /** A link or an image leads to a page, anchor or file that exists, or to the web. */
  private void checkTarget(SourcePos at, String href, boolean image) {
    String shown = "\"" + shorten(href) + "\"";
    LinkTarget target = page.linkTarget(href);
    if (target instanceof LinkTarget.Invalid invalid) {
      problems.add(at, shown + ": " + invalid.reason(), invalid.hint());
    } else if (target instanceof LinkTarget.External && image) {
      problems.add(
          at,
          "the image "
              + shown
              + " is on another site, and the pages' security"
              + " policy lets them show only their own files",
          "save it in static/ and link to it"
              + " relative to this file, e.g. ../../static/NAME.png");
    } else if (target instanceof LinkTarget.SamePage same) {
      checkAnchor(at, shown, page, same.fragment());
    } else if (target instanceof LinkTarget.Page linked) {
      checkPageLink(at, shown, linked, image);
    } else if (target instanceof LinkTarget.StaticFile file
        && !content.staticFiles().contains(file.sitePath())) {
      problems.add(
          at,
          (image ? "the image " : "link to ")
              + shown
              + ": there is no file static/"
              + file.sitePath(),
          Similarity.closest(file.sitePath(), content.staticFiles())
              .map(s -> "did you mean static/" + s + "?")
              .orElse("put the file in static/, or correct the path"));
    }
  }

  private void checkPageLink(SourcePos at, String shown, LinkTarget.Page target, boolean image) {
    Optional<Content> report =
        target.report() == null ? Optional.of(content) : site.report(target.report());
    if (report.isEmpty() && content.unread().reports().contains(target.report())) {
      return;
    }
    if (report.isEmpty()) {
      problems.add(
          at,
          "link to " + shown + ", in a report that does not exist",
          Similarity.closest(target.report(), site.reports().stream().map(Content::slug).toList())
              .map(s -> "did you mean the report \"" + s + "\"?")
              .orElse("reports are the folders of content/reports/"));
      return;
    }
    Optional<Page> linked = report.get().page(page.lang(), target.key());
    if (linked.isEmpty() && !image && report.get().unread().page(page.lang(), target.key())) {
      // Its file did not load (its problems say why): nothing to judge the link by.
      return;
    }
    if (image) {
      problems.add(at, "the image " + shown + " is a page", "an image is a file in static/");
    } else if (linked.isEmpty()) {
      List<String> keys =
          report.get().pages(page.lang()).stream().map(p -> p.key() + ".md").toList();
      problems.add(
          at,
          "link to " + shown + ", a page that does not exist in " + page.lang().folder(),
          Similarity.closest(target.key() + ".md", keys)
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse(
                  "pages are named by their file in "
                      + (target.report() == null
                          ? page.pagesFolder()
                          : "content/reports/"
                              + target.report()
                              + "/"
                              + page.lang().folder()
                              + "/")));
    } else if (target.fragment() != null) {
      checkAnchor(at, shown, linked.get(), target.fragment());
    }
  }

  private void checkAnchor(SourcePos at, String shown, Page target, String fragment) {
    if (fragment.isEmpty()) {
      return;
    }
    Set<String> anchors = target.anchors();
    if (!anchors.contains(fragment)) {
      problems.add(
          at,
          "link to "
              + shown
              + ": "
              + (target == page ? "this page" : target.path())
              + " has no anchor #"
              + shorten(fragment),
          Similarity.closest(fragment, anchors)
              .map(s -> "did you mean #" + s + "?")
              .orElse(
                  "anchors are its headings (lower-case, spaces as -) and its tables and"
                      + " charts (table-NAME, chart-ID)"));
    }
  }

  /** A long or odd value cut to a short excerpt for a message. */
  private static String shorten(String href) {
    String text = href == null ? "" : href;
    return text.codePointCount(0, text.length()) <= 60
        ? text
        : text.substring(0, text.offsetByCodePoints(0, 57)) + "…";
  }

  private static void checkTable(Embed embed, Content content, Problems problems) {
    if (!content.tables().containsKey(embed.name()) && !content.unread().mayBeTable(embed.name())) {
      problems.add(
          embed.pos(),
          "no data file named \"" + embed.name() + "\"",
          Similarity.closest(embed.name(), tableNames(content))
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse("data files are content/data/NAME.yaml; write ```table NAME"));
    }
    if (!embed.body().isBlank()) {
      problems.add(
          embed.pos(),
          "a table embed takes no body",
          "close the block right after" + " the ```table " + embed.name() + " line");
    }
  }

  /** The tables there are, and those whose files did not load: what a name may be meant for. */
  private static Set<String> tableNames(Content content) {
    Set<String> names = new TreeSet<>(content.tables().keySet());
    names.addAll(content.unread().tables());
    return names;
  }
}
