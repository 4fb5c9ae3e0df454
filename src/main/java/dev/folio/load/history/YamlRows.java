package dev.folio.load.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A data file's YAML text cut into the text before its rows and each of its rows, so that the rows
 * a version shares with another (most of them: a commit usually revises a few) are parsed once.
 * Only a file laid out plainly is cut: a block mapping that starts at the first column, whose key
 * {@code rows:} stands alone on its line, after every other key, with a block sequence of rows
 * after it to the end of the file, each row starting with {@code - } at the same indentation and
 * every other line of it indented further (or blank, or a comment). Then each piece parses alone as
 * it parses in the whole, since YAML reads a line at the sequence's indentation as the end of a row
 * whatever came before. A file with what could tie its pieces together (anchors and aliases,
 * directives, documents, tabs, other line breaks than {@code \n}) is not cut, nor one whose pieces
 * do not each parse ({@link RawTable#of(String, String, java.util.function.Function)} then parses
 * it whole).
 *
 * @param header the text before the line {@code rows:}
 * @param rows each row's text, from its line {@code - } to the next row's, as the file has it
 */
record YamlRows(String header, List<String> rows) {
  /** Characters that may tie the pieces together, or break lines where {@link #cut} does not. */
  private static final String RISKY = "&*\t\r\u0085\u2028\u2029\uFEFF";

  /** First characters of a header that is not a block mapping at the first column. */
  private static final String NOT_A_MAPPING = "{[!&*|>%@`?-";

  /** The pieces of {@code text}, if it is laid out plainly (see above). */
  static Optional<YamlRows> cut(String text) {
    for (int i = 0; i < RISKY.length(); i++) {
      if (text.indexOf(RISKY.charAt(i)) >= 0) {
        return Optional.empty();
      }
    }
    int header = -1;
    int indent = -1;
    boolean mapping = false;
    List<Integer> starts = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int at = start;
      while (at < end && text.charAt(at) == ' ') {
        at++;
      }
      int last = end;
      while (last > at && text.charAt(last - 1) == ' ') {
        last--;
      }
      boolean blank = at == last || text.charAt(at) == '#';
      if (header < 0) {
        if (text.startsWith("%", start)
            || text.startsWith("---", start)
            || text.startsWith("...", start)) {
          return Optional.empty();
        }
        if (last - start == 5 && text.startsWith("rows:", start)) {
          header = start;
        } else if (!blank && !mapping) {
          // The first line of the header must start a block mapping at the first column.
          if (at > start || NOT_A_MAPPING.indexOf(text.charAt(at)) >= 0) {
            return Optional.empty();
          }
          mapping = true;
        }
      } else if (!blank) {
        boolean item = text.charAt(at) == '-' && (at + 1 == last || text.charAt(at + 1) == ' ');
        if (indent < 0 && item) {
          indent = at - start;
          starts.add(start);
        } else if (indent >= 0 && at - start == indent && item) {
          starts.add(start);
        } else if (indent < 0 || at - start <= indent) {
          return Optional.empty();
        }
      }
      start = end + 1;
    }
    if (starts.isEmpty()) {
      return Optional.empty();
    }
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      rows.add(
          text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()));
    }
    return Optional.of(new YamlRows(text.substring(0, header), rows));
  }
}
