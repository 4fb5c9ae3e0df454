package dev.folio.load;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The one Markdown dialect Folio reads: CommonMark with GFM tables, with source positions. */
public final class MarkdownSyntax {
  /** Extensions shared by the parser here and the HTML renderer in the render stage. */
  public static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());

  static final Parser PARSER = Parser.builder()
      .extensions(EXTENSIONS)
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();

  private MarkdownSyntax() {}

  /**
   * Parses Markdown text. Used for pages here and for the Markdown inside an editor's note,
   * which later stages read out of its fenced block.
   */
  public static org.commonmark.node.Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /**
   * As {@link #parse(String)}, for a note's body, which several stages read: the same text as
   * in the last successful build with {@code memo} is not parsed again. The tree is only read.
   */
  public static org.commonmark.node.Node parse(String markdown, dev.folio.memo.Memo memo) {
    return memo.get(new Parse(markdown), () -> parse(markdown));
  }

  /** The memo's key for a parse. */
  private record Parse(String markdown) {}
}
