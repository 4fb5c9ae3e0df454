package dev.folio.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Markdown link or image leads, read the way an author writes it: relative to the Markdown
 * file on disk, as an editor or GitHub follows it ({@code llm-models.md}, {@code
 * ../../static/report.pdf}), an anchor on the page, or an address on the web. Anything else is
 * {@link Invalid}, with the reason and a hint. Pure string work: whether the page, the file or the
 * anchor exists is the checker's business.
 */
public sealed interface LinkTarget {
  /** The schemes a report links to; every other one (javascript:, data:, file:…) is refused. */
  Set<String> SCHEMES = Set.of("http", "https", "mailto");

  /** The project folder whose files are published as they are. */
  String STATIC = "static";

  /** A page of a report of a site of several: its slug, its language's folder and its key. */
  Pattern OTHER_REPORT = Pattern.compile("content/reports/([^/]+)/([^/]+)/(.+)");

  /** An address on the web, or an e-mail address, left as written. */
  record External(String href) implements LinkTarget {}

  /** An anchor on the same page ({@code #section}). */
  record SamePage(String fragment) implements LinkTarget {}

  /**
   * Another page of the same language, by key ({@code guide/intro}), and maybe an anchor; in
   * another report (by its slug) or, with {@code report} null, in the same one.
   */
  record Page(String key, String fragment, String report) implements LinkTarget {
    public Page(String key, String fragment) {
      this(key, fragment, null);
    }
  }

  /** A file of {@code static/}, by its path in the site ({@code files/report.pdf}). */
  record StaticFile(String sitePath, String fragment) implements LinkTarget {}

  /** Not a link Folio can publish: why, and what to write instead. */
  record Invalid(String reason, String hint) implements LinkTarget {}

  /**
   * Whether {@code url} is a whole http: or https: address that is safe in an {@code href}: a
   * source's address, whatever schema let it through.
   */
  static boolean isWebAddress(String url) {
    return url != null
        && url.chars()
            .noneMatch(
                c ->
                    Character.isISOControl(c)
                        || c == 0x2028
                        || c == 0x2029
                        || Character.isWhitespace(c))
        && url.toLowerCase(Locale.ROOT).matches("https?://[^/?#\\\\]+.*");
  }

  /**
   * Reads {@code href} as written in the page at {@code pagePath} ({@code content/en/a.md}), whose
   * language's pages are in {@code pagesFolder} ({@code content/en/}, {@code
   * content/reports/SLUG/en/}) and whose language's folder is {@code folder}.
   */
  static LinkTarget parse(String pagePath, String pagesFolder, String folder, String href) {
    if (href == null || href.isBlank()) {
      return new Invalid("the link leads nowhere", "write the page, file or address it leads to");
    }
    if (href.chars().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
      return new Invalid(
          "the link holds a control character or a line separator", "retype the link's address");
    }
    if (href.startsWith("#")) {
      String fragment = decode(href.substring(1));
      return fragment == null ? badEscape() : new SamePage(fragment);
    }
    String scheme = scheme(href);
    if (scheme != null) {
      return SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))
          ? new External(href)
          : new Invalid(
              "links with the scheme \"" + scheme + ":\" are not allowed",
              "link to an http:, https: or mailto: address, a page (NAME.md) or a file in"
                  + " static/");
    }
    if (href.startsWith("//")) {
      return new Invalid(
          "a link starting with // leaves out the scheme", "write the whole address, https://…");
    }
    if (href.startsWith("/")) {
      return new Invalid(
          "a link starting with / leads past the site's base URL and breaks"
              + " when the site is published under a path",
          "write it relative to this file: a" + " page as NAME.md, a file as ../../static/NAME");
    }
    return relative(pagePath, pagesFolder, folder, href);
  }

  private static LinkTarget relative(
      String pagePath, String pagesFolder, String folder, String href) {
    int hash = href.indexOf('#');
    String file = hash < 0 ? href : href.substring(0, hash);
    String fragment = hash < 0 ? null : decode(href.substring(hash + 1));
    if (file.contains("?")) {
      return new Invalid(
          "a link to a page or file takes no ?query", "remove the part from ?" + " on");
    }
    if (hash >= 0 && fragment == null) {
      return badEscape();
    }
    String decoded = decode(file);
    if (decoded == null) {
      return badEscape();
    }
    String base = pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
    List<String> path = normalise(base + decoded);
    if (path == null) {
      return new Invalid("the link leads out of the project", "count the ../ again");
    }
    String joined = String.join("/", path);
    String pages = pagesFolder;
    if (joined.endsWith(".md")) {
      String key = joined.substring(0, joined.length() - ".md".length());
      if (key.startsWith(pages)) {
        return new Page(key.substring(pages.length()), fragment);
      }
      Matcher other = OTHER_REPORT.matcher(key);
      if (other.matches() && other.group(2).equals(folder)) {
        return new Page(other.group(3), fragment, other.group(1));
      }
      return new Invalid(
          "a link to a page stays within its language (" + pages + ")",
          "link to the page of this language; the language switch leads to the others");
    }
    if (joined.startsWith(STATIC + "/") && !decoded.endsWith("/")) {
      return new StaticFile(joined.substring(STATIC.length() + 1), fragment);
    }
    String asPage = joined.replaceFirst("/$", "");
    if (asPage.startsWith(pages)) {
      return new Invalid(
          "links to a page name its file, with .md",
          "write " + asPage.substring(asPage.lastIndexOf('/') + 1) + ".md");
    }
    return new Invalid(
        "the link leads to "
            + joined
            + ", which is neither a page (NAME.md)"
            + " nor a file in static/",
        "put the file in static/ and link to it relative to this"
            + " file, e.g. ../../static/NAME");
  }

  private static Invalid badEscape() {
    return new Invalid(
        "the link has a % that is not followed by two hex digits of UTF-8",
        "write %25 for a % sign, or the character itself");
  }

  /** The scheme of an absolute URL ({@code https}), or null for a relative reference. */
  private static String scheme(String href) {
    int colon = href.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String scheme = href.substring(0, colon);
    if (!Character.isLetter(scheme.charAt(0))
        || scheme
            .chars()
            .anyMatch(
                c ->
                    c > 127
                        || !(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))) {
      return null;
    }
    return scheme;
  }

  /** Percent-decodes strictly as UTF-8; null if an escape is malformed. */
  private static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          return null;
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.write(high * 16 + low);
        i += 3;
        continue;
      }
      if (bytes.size() > 0 && !flush(bytes, out)) {
        return null;
      }
      out.append(c);
      i++;
    }
    return bytes.size() > 0 && !flush(bytes, out) ? null : out.toString();
  }

  private static boolean flush(ByteArrayOutputStream bytes, StringBuilder out) {
    try {
      out.append(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray())));
      bytes.reset();
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** {@code a/./b/../c} → [a, c]; null if {@code ..} climbs above the start. */
  private static List<String> normalise(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return parts;
  }
}
