package dev.folio.render;

import java.util.Locale;
import java.util.Set;

/**
 * The text a reader sees of HTML that Folio's templates wrote (an embed's table or chart), for the
 * search index: what Jsoup's {@code Element.text()} gives, without parsing a document tree. Tags
 * are dropped, a block-level element or a {@code <br>} separates the words on either side of it,
 * the entities that escaping writes are decoded ({@code &amp; &lt; &gt; &quot; &apos; &nbsp;} and
 * numeric ones; another stays as written), and comments and the contents of {@code <svg>} (a
 * chart's drawing), {@code <script>} and {@code <style>} are not text. White space is left for the
 * caller to collapse. {@code HtmlTextTest} holds it to Jsoup's reading of every page of the fixture
 * sites. It reads the output of templates, which the template engine escapes; it is not a
 * sanitizer, and nothing it returns is written as HTML.
 */
final class HtmlText {
  /** The elements Jsoup lays out as blocks: a boundary of one is a boundary between words. */
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "col",
          "colgroup",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "frameset",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "head",
          "header",
          "hgroup",
          "hr",
          "html",
          "li",
          "main",
          "menu",
          "nav",
          "noscript",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "title",
          "tr",
          "ul");

  /** Elements whose content is not text a reader sees. */
  private static final Set<String> SKIPPED = Set.of("svg", "script", "style", "template");

  private HtmlText() {}

  /** The visible text of {@code html}, white space as it came (see the class comment). */
  static String of(String html) {
    StringBuilder out = new StringBuilder(html.length() / 2);
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '&') {
        i = entity(html, i, out);
      } else if (c != '<') {
        out.append(c);
        i++;
      } else if (html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        i = end < 0 ? html.length() : end + 3;
      } else {
        i = tag(html, i, out);
      }
    }
    return out.toString();
  }

  /** The tag at {@code html[at]}: a space for a block's or a {@code <br>}; skips what it hides. */
  private static int tag(String html, int at, StringBuilder out) {
    boolean closing = at + 1 < html.length() && html.charAt(at + 1) == '/';
    String name = name(html, closing ? at + 2 : at + 1);
    if (name.isEmpty()) {
      // Not a tag ("a < b" in text): the character is text.
      out.append('<');
      return at + 1;
    }
    int end = tagEnd(html, at);
    if (BLOCKS.contains(name) || name.equals("br")) {
      out.append(' ');
    }
    if (!closing && SKIPPED.contains(name) && !selfClosing(html, at, end)) {
      return skipElement(html, end, name);
    }
    return end;
  }

  /** Past the end of the element {@code name} whose content starts at {@code from} (nested too). */
  private static int skipElement(String html, int from, String name) {
    int depth = 1;
    int i = from;
    while (depth > 0) {
      int open = html.indexOf('<', i);
      if (open < 0) {
        return html.length();
      }
      boolean closing = open + 1 < html.length() && html.charAt(open + 1) == '/';
      if (!name(html, closing ? open + 2 : open + 1).equals(name)) {
        i = open + 1;
        continue;
      }
      int end = tagEnd(html, open);
      depth += closing ? -1 : selfClosing(html, open, end) ? 0 : 1;
      i = end;
    }
    return i;
  }

  /** Whether the tag {@code html[at, end)} ends in {@code />}. */
  private static boolean selfClosing(String html, int at, int end) {
    return end - 2 > at && html.charAt(end - 1) == '>' && html.charAt(end - 2) == '/';
  }

  /** Just past the {@code >} that ends the tag at {@code at}, quoted attribute values skipped. */
  private static int tagEnd(String html, int at) {
    char quote = 0;
    for (int i = at + 1; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return html.length();
  }

  /** The lower-case tag name starting at {@code from}; empty if none starts there. */
  private static String name(String html, int from) {
    int i = from;
    while (i < html.length()
        && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == '-')) {
      i++;
    }
    return i == from || !Character.isLetter(html.charAt(from))
        ? ""
        : html.substring(from, i).toLowerCase(Locale.ROOT);
  }

  /** The entity at {@code html[at]} decoded into {@code out}; an unknown one stays as written. */
  private static int entity(String html, int at, StringBuilder out) {
    // Entities are short: look for the ';' a few characters on only (text may hold many '&').
    int semi = html.substring(at, Math.min(html.length(), at + 11)).indexOf(';') + at;
    if (semi > at + 1) {
      String name = html.substring(at + 1, semi);
      int code = -1;
      if (name.startsWith("#x") || name.startsWith("#X")) {
        code = parse(name.substring(2), 16);
      } else if (name.startsWith("#")) {
        code = parse(name.substring(1), 10);
      } else {
        code =
            switch (name) {
              case "amp" -> '&';
              case "lt" -> '<';
              case "gt" -> '>';
              case "quot" -> '"';
              case "apos" -> '\'';
              case "nbsp" -> '\u00a0';
              default -> -1;
            };
      }
      if (code >= 0 && Character.isValidCodePoint(code)) {
        out.appendCodePoint(code);
        return semi + 1;
      }
    }
    out.append('&');
    return at + 1;
  }

  private static int parse(String digits, int radix) {
    try {
      return digits.isEmpty() ? -1 : Integer.parseInt(digits, radix);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
