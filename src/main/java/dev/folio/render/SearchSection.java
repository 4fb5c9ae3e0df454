package dev.folio.render;

/**
 * A section of a page as the search index takes it: where it is ({@code en/chips/#supply}), the
 * page's title, the section's heading, its text as a reader sees it, and in a site of several
 * reports the title of the page's report (else null), so that a result says which report it is in.
 */
public record SearchSection(String url, String page, String heading, String text, String report) {
  public SearchSection(String url, String page, String heading, String text) {
    this(url, page, heading, text, null);
  }

  /** The same section, of the report titled {@code report}. */
  public SearchSection inReport(String report) {
    return new SearchSection(url, page, heading, text, report);
  }

  /**
   * The text of an embed's HTML (a table, a chart, an extension's), as a reader sees it; a chart's
   * drawing (ticks, labels) is not text to search, its caption and data table are.
   */
  public static String htmlText(String html) {
    return collapse(HtmlText.of(html));
  }

  /** {@code text} with each run of white space as one space, and none at either end. */
  public static String collapse(CharSequence text) {
    // Over an array, not charAt, and printable ASCII decided at once: every page's text passes
    // here.
    char[] chars = new char[text.length()];
    if (text instanceof StringBuilder builder) {
      builder.getChars(0, chars.length, chars, 0); // no string in between
    } else {
      text.toString().getChars(0, chars.length, chars, 0);
    }
    int length = 0;
    boolean space = false;
    for (char c : chars) {
      if (c <= ' ' ? Character.isWhitespace(c) : c >= 0x80 && isSpace(c)) {
        space = length > 0;
      } else {
        if (space) {
          chars[length++] = ' ';
          space = false;
        }
        chars[length++] = c;
      }
    }
    return new String(chars, 0, length);
  }

  /**
   * Beyond ASCII (where only characters up to the space are white): Java's white space, NBSP.
   * Java's white space beyond ASCII lies between U+1680 and U+3000, so that Latin and CJK text
   * (from U+3001) need no lookup.
   */
  static boolean isSpace(char c) {
    return c == '\u00a0' || c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c);
  }
}
