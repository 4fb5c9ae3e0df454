package dev.folio.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A column of a data table: the row field it shows, its label, how values are formatted, and for a
 * column of fixed codes, the label of each code ({@code values}, empty otherwise). {@code digits},
 * when set, is how many significant digits a number shows on the page (the downloads keep every
 * digit); null shows numbers as written.
 */
public record Column(
    String key,
    Text label,
    Format format,
    String ref,
    Text unit,
    Map<String, Text> values,
    Integer digits,
    SourcePos pos) {
  public Column {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(pos, "pos");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    if (digits != null && digits < 1) {
      throw new IllegalArgumentException("digits must be at least 1, was " + digits);
    }
  }

  /** A column that shows numbers as written. */
  public Column(
      String key,
      Text label,
      Format format,
      String ref,
      Text unit,
      Map<String, Text> values,
      SourcePos pos) {
    this(key, label, format, ref, unit, values, null, pos);
  }

  /** How a column's values are shown to readers. */
  public enum Format {
    TEXT,
    NUMBER,
    COUNT,
    PERCENT,
    DATE,
    MONTH,
    BOOLEAN;

    public static Format ofName(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }
  }
}
