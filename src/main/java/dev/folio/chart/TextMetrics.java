package dev.folio.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide text is drawn, without fonts: Chinese, Japanese and full-width characters take
 * 1 em; Latin letters, digits and punctuation the widths of a wide sans-serif (DejaVu Sans, the
 * widest of the fonts the site's stack falls back to), so a real font is never wider than the
 * estimate. Wraps and shortens text to a width on that estimate.
 */
final class TextMetrics {
  /** Height of a line of text relative to its font size, as laid out in charts. */
  static final double LINE_HEIGHT = 1.3;

  /** From the baseline up to the top of the glyph box, and down to its bottom (in em). */
  static final double ASCENT = 0.95;

  static final double DESCENT = 0.27;

  /** Bold glyphs are wider. */
  static final double BOLD = 1.08;

  static final String ELLIPSIS = "…";

  private TextMetrics() {}

  /** The estimated width of {@code text} at {@code fontSize}. */
  static double width(String text, double fontSize) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      em += em(c);
      i += Character.charCount(c);
    }
    return em * fontSize;
  }

  static double width(String text, double fontSize, boolean bold) {
    return width(text, fontSize) * (bold ? BOLD : 1);
  }

  /** The widest of the lines. */
  static double width(List<String> lines, double fontSize) {
    return lines.stream().mapToDouble(line -> width(line, fontSize)).max().orElse(0);
  }

  static double em(int c) {
    if (isWide(c)) {
      return 1.0;
    }
    if (c == ' ') {
      return 0.33;
    }
    if ("ijlfrtI|!.,:;'`".indexOf(c) >= 0) {
      return 0.4;
    }
    if ("()[]{}-/\\\"".indexOf(c) >= 0) {
      return 0.42;
    }
    if ("mwMW@%".indexOf(c) >= 0 || c == '—') {
      return 1.0;
    }
    if (c >= '0' && c <= '9') {
      return 0.64;
    }
    if (c >= 'A' && c <= 'Z') {
      return 0.74;
    }
    if (c >= 'a' && c <= 'z') {
      return 0.62;
    }
    return 0.8;
  }

  /** East Asian wide and full-width characters (CJK, kana, Hangul, full-width forms). */
  static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x20000 && c <= 0x3FFFD)
        || c == '“'
        || c == '”'
        || c == '‘'
        || c == '’'
        || c == '…'
        || c == '·'
        || (c >= 0x2460 && c <= 0x24FF);
  }

  /** Characters a line may not start with (closing punctuation). */
  private static boolean noLineStart(int c) {
    return "，。、；：？！）】》」』”’,.;:?!)]%".indexOf(c) >= 0;
  }

  /** Characters a line may not end with (opening punctuation). */
  private static boolean noLineEnd(int c) {
    return "（【《「『“‘([".indexOf(c) >= 0;
  }

  /**
   * {@code text} broken into lines no wider than {@code maxWidth}: between words, after a hyphen or
   * slash, or between two Chinese characters, never before closing or after opening punctuation.
   * With more than {@code maxLines} lines, the last one kept ends with "…".
   */
  static List<String> wrap(String text, double maxWidth, double fontSize, int maxLines) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String unit : units(text.strip())) {
      if (lines.size() > maxLines) {
        break; // the lines after the first maxLines are cut whatever they hold
      }
      String candidate = line.isEmpty() ? unit.stripLeading() : line + unit;
      if (width(candidate.stripTrailing(), fontSize) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
      // A single word wider than the line is broken between characters.
      String rest = unit.stripLeading();
      while (rest.length() > 1
          && lines.size() <= maxLines
          && width(rest.stripTrailing(), fontSize) > maxWidth) {
        int cut = fit(rest, maxWidth, fontSize);
        lines.add(rest.substring(0, cut).strip());
        rest = rest.substring(cut).stripLeading();
      }
      line = rest;
    }
    if (!line.isBlank()) {
      lines.add(line.strip());
    }
    if (lines.size() > maxLines) {
      List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
      kept.set(maxLines - 1, abbreviate(kept.get(maxLines - 1) + ELLIPSIS, maxWidth, fontSize));
      return kept;
    }
    return lines;
  }

  /** {@code text}, or as much of it as fits with "…" at the end. */
  static String abbreviate(String text, double maxWidth, double fontSize) {
    if (width(text, fontSize) <= maxWidth) {
      return text;
    }
    String base = text.endsWith(ELLIPSIS) ? text.substring(0, text.length() - 1) : text;
    // The longest prefix that fits once its trailing spaces are dropped and "…" added. Its
    // width only grows with its length, so one pass from the start finds it (measuring every
    // prefix anew took minutes for a label of 100,000 characters). The sums are added in the
    // same order as width() adds them, so the result is the same to the last bit.
    double ellipsis = em(ELLIPSIS.codePointAt(0));
    double sum = 0;
    double kept = 0;
    int best = -1;
    for (int end = 0; end < base.length(); ) {
      int c = base.codePointAt(end);
      sum += em(c);
      end += Character.charCount(c);
      if (!Character.isWhitespace(c)) {
        kept = sum;
      }
      if (end >= base.length() || Character.isLowSurrogate(base.charAt(end))) {
        continue;
      }
      if ((kept + ellipsis) * fontSize > maxWidth) {
        break;
      }
      best = end;
    }
    return best < 0 ? ELLIPSIS : base.substring(0, best).stripTrailing() + ELLIPSIS;
  }

  /** How many leading chars of {@code text} fit in {@code maxWidth} (at least one). */
  private static int fit(String text, double maxWidth, double fontSize) {
    int end = 1;
    while (end < text.length() && width(text.substring(0, end + 1), fontSize) <= maxWidth) {
      end++;
    }
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * The pieces a line may be broken between: a Latin word with its trailing space (or up to a
   * hyphen or slash), or one wide character with the punctuation that must stay with it.
   */
  static List<String> units(String text) {
    List<String> units = new ArrayList<>();
    StringBuilder unit = new StringBuilder();
    int[] cps = text.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      unit.appendCodePoint(cps[i]);
      if (i + 1 < cps.length && breakBetween(cps[i], cps[i + 1])) {
        units.add(unit.toString());
        unit.setLength(0);
      }
    }
    if (unit.length() > 0) {
      units.add(unit.toString());
    }
    return units;
  }

  private static boolean breakBetween(int c, int next) {
    if (noLineStart(next) || noLineEnd(c)) {
      return false;
    }
    if (c == ' ') {
      return next != ' ';
    }
    if (next == ' ') {
      return false;
    }
    return isWide(c) || isWide(next) || c == '-' || c == '/';
  }
}
