package dev.folio.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives the patterns Java 17 has no localized style for (a month and its year, a day and its
 * month) from the locale's own date patterns, by dropping one field and the literal that joins it
 * to the rest: {@code y年M月d日} without the day is {@code y年M月}; {@code d MMMM y} is {@code MMMM y};
 * {@code MMM d, y} without the year is {@code MMM d}.
 */
final class DatePatterns {
  private DatePatterns() {}

  /** {@code pattern} without the field of letter {@code field} and its joining literal. */
  static String without(String pattern, char field) {
    List<String> tokens = tokens(pattern);
    int at = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).charAt(0) == field) {
        at = i;
      }
    }
    if (at < 0) {
      return pattern;
    }
    boolean literalAfter = at + 1 < tokens.size() && !isField(tokens.get(at + 1));
    boolean literalBefore = at > 0 && !isField(tokens.get(at - 1));
    int from = at;
    int to = at + 1;
    // The literal after a field belongs to it (日, "d. "), unless the field ends the pattern.
    if (literalAfter) {
      to++;
    } else if (literalBefore) {
      from--;
    }
    List<String> kept = new ArrayList<>(tokens.subList(0, from));
    kept.addAll(tokens.subList(to, tokens.size()));
    return String.join("", kept).strip();
  }

  /** Fields (runs of one letter), quoted literals and runs of other literal characters. */
  private static List<String> tokens(String pattern) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int end = i + 1;
      if (c == '\'') {
        end = pattern.indexOf('\'', i + 1) + 1;
        if (end == 0) {
          end = pattern.length();
        }
      } else if (isLetter(c)) {
        while (end < pattern.length() && pattern.charAt(end) == c) {
          end++;
        }
      } else {
        while (end < pattern.length()
            && !isLetter(pattern.charAt(end))
            && pattern.charAt(end) != '\'') {
          end++;
        }
      }
      tokens.add(pattern.substring(i, end));
      i = end;
    }
    return mergeLiterals(tokens);
  }

  /** Adjacent literals (a quoted one beside plain ones) count as one joining literal. */
  private static List<String> mergeLiterals(List<String> tokens) {
    List<String> merged = new ArrayList<>();
    for (String token : tokens) {
      int last = merged.size() - 1;
      if (!isField(token) && last >= 0 && !isField(merged.get(last))) {
        merged.set(last, merged.get(last) + token);
      } else {
        merged.add(token);
      }
    }
    return merged;
  }

  private static boolean isField(String token) {
    return isLetter(token.charAt(0));
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
