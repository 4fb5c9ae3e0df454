package dev.folio.model;

import java.util.Objects;

/** A column of a data table: the row field it shows, its label, and how values are formatted. */
public record Column(String key, Text label, Format format, String ref, Text unit, SourcePos pos) {
  public Column {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(pos, "pos");
  }

  /** How a column's values are shown to readers. */
  public enum Format {
    TEXT, NUMBER, COUNT, PERCENT, DATE, MONTH, BOOLEAN;

    public static Format ofName(String name) {
      return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
