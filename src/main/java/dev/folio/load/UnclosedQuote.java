package dev.folio.load;

import java.util.Optional;

/**
 * Where a quote that was not closed on its line opens. A quoted text in YAML may run over several
 * lines, so a missing closing quote takes everything up to the next quote of the same kind into the
 * text, and the parser complains only after it, lines further down: at the value just after that
 * quote. The place to fix is where the quote opens.
 */
final class UnclosedQuote {
  private UnclosedQuote() {}

  /** A place in the text: 0-based line and column (in code points, as the parser counts). */
  record At(int line, int column, char quote) {}

  /**
   * The opening quote of the quoted text that ends just before the parser's error at 0-based {@code
   * line} and {@code column}, if that quote is on an earlier line; empty otherwise.
   */
  static Optional<At> before(String text, int line, int column) {
    int error = offset(text, line, column);
    if (error < 0) {
      return Optional.empty();
    }
    int close = error - 1;
    while (close >= 0 && (text.charAt(close) == ' ' || text.charAt(close) == '\t')) {
      close--;
    }
    if (close < 0 || (text.charAt(close) != '"' && text.charAt(close) != '\'')) {
      return Optional.empty();
    }
    char quote = text.charAt(close);
    int open = close - 1;
    while (open >= 0 && text.charAt(open) != quote) {
      open--;
    }
    while (open >= 0 && escaped(text, open, quote)) {
      open -= quote == '\'' ? 2 : 1; // '' stands for one ' in single quotes
      while (open >= 0 && text.charAt(open) != quote) {
        open--;
      }
    }
    if (open < 0 || text.lastIndexOf('\n', close) < open) {
      return Optional.empty(); // opened and closed on one line: not a quote left open
    }
    int lineStart = text.lastIndexOf('\n', open) + 1;
    int openLine = 0;
    for (int i = 0; i < lineStart; i++) {
      openLine += text.charAt(i) == '\n' ? 1 : 0;
    }
    return Optional.of(new At(openLine, text.codePointCount(lineStart, open), quote));
  }

  /** Whether the quote at {@code i} is part of an escape: \" in double quotes, '' in single. */
  private static boolean escaped(String text, int i, char quote) {
    if (quote == '"') {
      int backslashes = 0;
      for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
        backslashes++;
      }
      return backslashes % 2 == 1;
    }
    return i > 0 && text.charAt(i - 1) == '\'';
  }

  /** The character at a 0-based line and code-point column; a space if there is none. */
  static char charAt(String text, int line, int column) {
    int at = offset(text, line, column);
    return at >= 0 && at < text.length() ? text.charAt(at) : ' ';
  }

  /** The offset of a 0-based line and code-point column in {@code text}; -1 if there is none. */
  private static int offset(String text, int line, int column) {
    int start = 0;
    for (int l = 0; l < line; l++) {
      start = text.indexOf('\n', start) + 1;
      if (start == 0) {
        return -1;
      }
    }
    try {
      int offset = text.offsetByCodePoints(start, column);
      return offset <= text.length() ? offset : -1;
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }
}
