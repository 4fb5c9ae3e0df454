package dev.folio.model;

import java.util.Objects;

/**
 * Where something stands in a source file: path relative to the source folder (with {@code /}),
 * 1-based line and column. Line 0 means "the whole file".
 */
public record SourcePos(String path, int line, int column) implements Comparable<SourcePos> {
  public SourcePos {
    Objects.requireNonNull(path, "path");
  }

  public static SourcePos file(String path) {
    return new SourcePos(path, 0, 0);
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
    return line == 0 ? path : path + ":" + line + ":" + column;
  }
}
