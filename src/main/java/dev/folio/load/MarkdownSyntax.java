package dev.folio.load;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The one Markdown dialect Folio reads: CommonMark with GFM tables, with source positions. */
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

  /** Parses Markdown text: a page's body, or the Markdown inside an editor's note. */
  public static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }
}
