package dev.folio.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something about the content a user should know, where it is, and what to do: a mistake that stops
 * the build ({@link Severity#ERROR}), something that is probably wrong but builds ({@link
 * Severity#WARNING}), or what Folio chose that the user may not expect ({@link Severity#NOTE}).
 */
public record Problem(SourcePos pos, String message, String hint, Severity severity)
    implements Comparable<Problem> {
  /** How much a problem matters. */
  public enum Severity {
    /** The content cannot be built as it is. */
    ERROR,
    /** Probably wrong, but the site builds; {@code check --strict} makes it an error. */
    WARNING,
    /** Worth knowing, not wrong: {@code check} prints it. */
    NOTE
  }

  public Problem {
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    message = readable(message);
    hint = hint == null ? null : readable(hint);
  }

  /** A mistake that stops the build. */
  public Problem(SourcePos pos, String message, String hint) {
    this(pos, message, hint, Severity.ERROR);
  }

  /** Longest run of characters without a space that a message shows whole. */
  static final int LONGEST_WORD = 80;

  /** Longest message or hint, in characters. */
  static final int LONGEST_TEXT = 240;

  /**
   * A message on one line and of a readable length, whatever values it quotes: line breaks and
   * other control characters become spaces, a long unbroken value (100 kB pasted into a field) is
   * cut to its start, and so is a long text.
   */
  static String readable(String text) {
    String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    StringBuilder shown = new StringBuilder();
    Matcher word = Pattern.compile("\\S+").matcher(line);
    int last = 0;
    while (word.find()) {
      shown.append(line, last, word.start());
      String w = word.group();
      if (w.codePointCount(0, w.length()) <= LONGEST_WORD) {
        shown.append(w);
      } else {
        // keep the closing quote or bracket, so that the message still reads as it was meant
        int close = w.length();
        while (close > w.length() - 3 && "\"')]},:;.".indexOf(w.charAt(close - 1)) >= 0) {
          close--;
        }
        shown
            .append(w, 0, w.offsetByCodePoints(0, LONGEST_WORD - 20))
            .append('…')
            .append(w, close, w.length());
      }
      last = word.end();
    }
    shown.append(line, last, line.length());
    String result = shown.toString();
    if (result.codePointCount(0, result.length()) > LONGEST_TEXT) {
      result = result.substring(0, result.offsetByCodePoints(0, LONGEST_TEXT - 1)) + "…";
    }
    return result;
  }

  public static Problem at(SourcePos pos, String message) {
    return new Problem(pos, message, null);
  }

  public static Problem at(SourcePos pos, String message, String hint) {
    return new Problem(pos, message, hint);
  }

  /** A note, as {@link #at(SourcePos, String, String)} makes an error. */
  public static Problem note(SourcePos pos, String message, String hint) {
    return new Problem(pos, message, hint, Severity.NOTE);
  }

  /** A warning, as {@link #at(SourcePos, String, String)} makes an error. */
  public static Problem warning(SourcePos pos, String message, String hint) {
    return new Problem(pos, message, hint, Severity.WARNING);
  }

  /**
   * {@code path:line:column: message} ({@code warning:} or {@code note:} before the message of one
   * that is no error), then the hint on its own line.
   */
  public String format() {
    String kind =
        switch (severity) {
          case ERROR -> "";
          case WARNING -> "warning: ";
          case NOTE -> "note: ";
        };
    String line = pos + ": " + kind + message;
    return hint == null ? line : line + "\n    hint: " + hint;
  }

  @Override
  public int compareTo(Problem other) {
    int byPos = pos.compareTo(other.pos);
    return byPos != 0 ? byPos : message.compareTo(other.message);
  }
}
