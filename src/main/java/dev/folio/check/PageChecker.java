package dev.folio.check;

import dev.folio.load.MarkdownSyntax;
import dev.folio.model.Content;
import dev.folio.model.Embed;
import dev.folio.model.Page;
import dev.folio.model.LinkTarget;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/** Checks one page's links and embeds against the rest of the content. */
final class PageChecker extends AbstractVisitor {
  private final Page page;
  private final Content content;
  private final Problems problems;
  /** Body line index where the Markdown being walked starts (non-zero inside a note). */
  private final int lineOffset;
  /** How many ```calculator blocks the page has so far. */
  private int calculators;

  PageChecker(Page page, Content content, Problems problems) {
    this(page, content, problems, 0);
  }

  private PageChecker(Page page, Content content, Problems problems, int lineOffset) {
    this.page = page;
    this.content = content;
    this.problems = problems;
    this.lineOffset = lineOffset;
  }

  void check() {
    page.document().accept(this);
  }

  @Override
  public void visit(Link link) {
    checkTarget(link, link.getDestination(), false);
    visitChildren(link);
  }

  @Override
  public void visit(Image image) {
    checkTarget(image, image.getDestination(), true);
    visitChildren(image);
  }

  /** A link or an image leads to a page, anchor or file that exists, or to the web. */
  private void checkTarget(Node node, String href, boolean image) {
    SourcePos at = pos(node);
    String shown = "\"" + shorten(href) + "\"";
    LinkTarget target = LinkTarget.parse(page.path(), page.lang().folder(), href);
    if (target instanceof LinkTarget.Invalid invalid) {
      problems.add(at, shown + ": " + invalid.reason(), invalid.hint());
    } else if (target instanceof LinkTarget.External && image) {
      problems.add(at, "the image " + shown + " is on another site, and the pages' security"
          + " policy lets them show only their own files", "save it in static/ and link to it"
          + " relative to this file, e.g. ../../static/NAME.png");
    } else if (target instanceof LinkTarget.SamePage same) {
      checkAnchor(at, shown, page, same.fragment());
    } else if (target instanceof LinkTarget.Page linked) {
      checkPageLink(at, shown, linked, image);
    } else if (target instanceof LinkTarget.StaticFile file
        && !content.staticFiles().contains(file.sitePath())) {
      problems.add(at, (image ? "the image " : "link to ") + shown + ": there is no file static/"
          + file.sitePath(), Similarity.closest(file.sitePath(), content.staticFiles())
              .map(s -> "did you mean static/" + s + "?")
              .orElse("put the file in static/, or correct the path"));
    }
  }

  private void checkPageLink(SourcePos at, String shown, LinkTarget.Page target, boolean image) {
    Optional<Page> linked = content.page(page.lang(), target.key());
    if (image) {
      problems.add(at, "the image " + shown + " is a page", "an image is a file in static/");
    } else if (linked.isEmpty()) {
      List<String> keys = content.pages(page.lang()).stream().map(p -> p.key() + ".md").toList();
      problems.add(at, "link to " + shown + ", a page that does not exist in "
          + page.lang().folder(), Similarity.closest(target.key() + ".md", keys)
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse("pages are named by their file in content/" + page.lang().folder() + "/"));
    } else if (target.fragment() != null) {
      checkAnchor(at, shown, linked.get(), target.fragment());
    }
  }

  private void checkAnchor(SourcePos at, String shown, Page target, String fragment) {
    if (fragment.isEmpty()) {
      return;
    }
    java.util.Set<String> anchors = Anchors.of(target);
    if (!anchors.contains(fragment)) {
      problems.add(at, "link to " + shown + ": " + (target == page ? "this page" : target.path())
          + " has no anchor #" + fragment, Similarity.closest(fragment, anchors)
              .map(s -> "did you mean #" + s + "?")
              .orElse("anchors are its headings (lower-case, spaces as -) and its tables and"
                  + " charts (table-NAME, chart-ID)"));
    }
  }

  /** A long or odd value cut to a short excerpt for a message. */
  private static String shorten(String href) {
    String text = href == null ? "" : href;
    return text.length() <= 80 ? text : text.substring(0, 77) + "…";
  }

  @Override
  public void visit(FencedCodeBlock block) {
    Embed.parse(block.getInfo()).ifPresent(embed -> {
      if (embed.kind() == Embed.Kind.NOTE) {
        // A note's body is Markdown too: its links are checked like the page's own.
        int bodyStart = lineOffset + block.getSourceSpans().get(0).getLineIndex() + 1;
        MarkdownSyntax.parse(block.getLiteral())
            .accept(new PageChecker(page, content, problems, bodyStart));
      }
      if (embed.kind() == Embed.Kind.TABLE && !content.tables().containsKey(embed.name())) {
        problems.add(pos(block), "no data file named \"" + embed.name() + "\"",
            Similarity.closest(embed.name(), content.tables().keySet())
                .map(s -> "did you mean \"" + s + "\"?")
                .orElse("data files are content/data/NAME.yaml; write ```table NAME"));
      }
      if (embed.kind() == Embed.Kind.TABLE && !block.getLiteral().isBlank()) {
        problems.add(pos(block), "a table embed takes no body", "close the block right after"
            + " the ```table " + embed.name() + " line");
      }
      if (embed.kind() == Embed.Kind.CHART) {
        ChartChecker.checkEmbed(embed.name(), block.getLiteral(), pos(block), content, problems);
      }
      if (embed.kind() == Embed.Kind.CALCULATOR) {
        checkCalculator(block);
      }
    });
  }

  /** The calculator reads the cost data files, and a page has room for one. */
  private void checkCalculator(FencedCodeBlock block) {
    if (!block.getLiteral().isBlank()) {
      problems.add(pos(block), "a calculator embed takes no body",
          "close the block right after the ```calculator line");
    }
    for (String table : Embed.CALCULATOR_TABLES) {
      if (!content.tables().containsKey(table)) {
        problems.add(pos(block), "the calculator needs the data file \"" + table + "\"",
            "add content/data/" + table + ".yaml, or remove the ```calculator block");
      }
    }
    if (calculators++ == 1) {
      problems.add(pos(block), "a page can hold only one calculator",
          "remove this second ```calculator block");
    }
  }

  private SourcePos pos(Node node) {
    var spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return new SourcePos(page.path(), page.bodyLine(), 1);
    }
    return page.bodyPos(lineOffset + spans.get(0).getLineIndex(), spans.get(0).getColumnIndex());
  }
}
