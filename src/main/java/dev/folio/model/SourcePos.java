package dev.folio.model;

import java.util.Objects;

/**
 * Where something stands in a source file: path relative to the source folder (with {@code /}),
 * 1-based line and column. A problem with a whole file is reported at its start, 1:1, so that every
 * message about a file has the same {@code path:line:column:} form editors and CI jump to; a
 * folder's path ends with {@code /} and has no position.
 */
public record SourcePos(String path, int line, int column) implements Comparable<SourcePos> {
  public SourcePos {
    Objects.requireNonNull(path, "path");
  }

  /** The whole file (its first line and column). */
  public static SourcePos file(String path) {
    return new SourcePos(path, 1, 1);
  }

  @Override
  public int compareTo(SourcePos other) {
    int byPath = path.compareTo(other.path);
    if (byPath != 0) {
      return byPath;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    // A folder (content/ja/) has no lines.
    return path.endsWith("/") ? path : path + ":" + line + ":" + column;
  }
}
