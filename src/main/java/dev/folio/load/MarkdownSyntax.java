package dev.folio.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The one Markdown dialect Folio reads: CommonMark with GFM tables, with the source positions the
 * checks report: those of fenced blocks (the embeds), links and images.
 */
public final class MarkdownSyntax {
  /** Extensions shared by the parser here and the HTML renderer in the render stage. */
  public static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private static final Parser PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .inlineParserFactory(PlainLineFirst::create)
          .build();

  private MarkdownSyntax() {}

  /**
   * Parses Markdown text: a page's body, or the Markdown inside an editor's note. Through a reader,
   * whose lines commonmark finds in an array: given the string, it looks at each character with
   * charAt, which on text beyond Latin-1 costs several times as much as the compiler a build runs
   * on leaves it. The tree is the same ({@code MarkdownSyntaxTest}).
   */
  public static Node parse(String markdown) {
    return parse(markdown, 0);
  }

  /** Parses {@code text} from {@code start} (a page's body, after its front matter) to its end. */
  public static Node parse(String text, int start) {
    try {
      StringReader reader = new StringReader(text);
      reader.skip(start);
      return keepReportedPositions(PARSER.parseReader(reader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code node}'s tree with source positions only where a problem may be reported: fenced blocks
   * (an embed's problems), links and images. The others' (paragraphs, list items, table rows and
   * cells, text: nearly all of the bench pages' spans, each with a list of its own) are dropped as
   * soon as the page is parsed, so that they die young instead of staying, with the tree, for the
   * whole build: on the bench's 10,000 pages, 750,000 objects fewer for the collector to copy (its
   * CPU time 0.72-0.86 s before, 0.67-0.69 s after). Commonmark parses inline spans for all or
   * none.
   */
  static Node keepReportedPositions(Node node) {
    if (!(node instanceof FencedCodeBlock || node instanceof Link || node instanceof Image)) {
      node.setSourceSpans(List.of());
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      keepReportedPositions(child);
    }
    return node;
  }
}
