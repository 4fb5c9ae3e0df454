package dev.folio.model;

import java.util.Objects;

/**
 * A column of a data table: the row field it shows, its label, how values are formatted, and
 * for a column of fixed codes, the label of each code ({@code values}, empty otherwise).
 */
public record Column(String key, Text label, Format format, String ref, Text unit,
    java.util.Map<String, Text> values, SourcePos pos) {
  public Column {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(pos, "pos");
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
  }

  /** How a column's values are shown to readers. */
  public enum Format {
    TEXT, NUMBER, COUNT, PERCENT, DATE, MONTH, BOOLEAN;

    public static Format ofName(String name) {
      return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
