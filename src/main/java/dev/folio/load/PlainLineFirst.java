package dev.folio.load;

import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * Commonmark's inline parser, spared for the commonest inline content: one line of plain text (a
 * table cell, a heading, a one-line paragraph or list item), which becomes one text node. For every
 * block, commonmark's parser first makes a set of inline parsers (a map, five parsers and their own
 * maps); on the bench's 10,000 pages that was a fifth of what reading Markdown allocates.
 *
 * <p>The tree is the one commonmark makes, node for node and span for span ({@code
 * MarkdownSyntaxTest} parses every page of the fixtures both ways): a line is plain when none of
 * its characters can start anything inline in the dialect {@link MarkdownSyntax} reads, and its
 * text is then the line without its trailing spaces and tabs, as commonmark trims a block's last
 * line.
 */
final class PlainLineFirst implements InlineParser {
  private static final boolean[] PLAIN_ASCII = plainAscii();

  private static boolean[] plainAscii() {
    boolean[] plain = new boolean[0x80];
    for (char c = '0'; c <= '9'; c++) {
      plain[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      plain[c] = true;
      plain[c - 'a' + 'A'] = true;
    }
    for (char c : " \t.,;:?'\"%/()-#+=|{}$@^~".toCharArray()) {
      plain[c] = true;
    }
    return plain;
  }

  private final InlineParserContext context;
  private InlineParser full;

  /** The line being looked at, as characters: reused for each block of the document. */
  private char[] chars = new char[256];

  private PlainLineFirst(InlineParserContext context) {
    this.context = context;
  }

  /** The factory to give commonmark's parser builder. */
  static InlineParser create(InlineParserContext context) {
    return new PlainLineFirst(context);
  }

  @Override
  public void parse(SourceLines lines, Node block) {
    List<SourceLine> all = lines.getLines();
    if (all.size() == 1 && isPlain(all.get(0).getContent().toString())) {
      CharSequence content = all.get(0).getContent();
      if (content.length() > 0) {
        int end = content.length();
        while (end > 0 && (content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t')) {
          end--;
        }
        Text text = new Text(content.subSequence(0, end).toString());
        text.setSourceSpans(lines.getSourceSpans());
        block.appendChild(text);
      }
      return;
    }
    if (full == null) {
      full = new InlineParserImpl(context);
    }
    full.parse(lines, block);
  }

  /**
   * Whether no character of {@code line} can start anything inline: letters, digits, spaces, tabs
   * and the punctuation CommonMark gives no meaning inside a line, and any character beyond ASCII
   * (CommonMark's inline syntax is all ASCII). Emphasis, code, links, images, entities, autolinks,
   * raw HTML and escapes each start with one of the characters left out.
   */
  boolean isPlain(String line) {
    // Looked at in an array: charAt on text beyond Latin-1, as the compiler a build runs on
    // leaves it, costs several times as much, and this sees every line of every page.
    int n = line.length();
    if (n > chars.length) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    line.getChars(0, n, chars, 0);
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c < 0x80 && !PLAIN_ASCII[c]) {
        return false;
      }
    }
    return true;
  }
}
