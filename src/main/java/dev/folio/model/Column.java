package dev.folio.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A column of a data table: the row field it shows, its label, how values are formatted, and for a
 * column of fixed codes, the label of each code ({@code values}, empty otherwise). {@code digits},
 * when set, is how many significant digits every number of the column shows on the page, trailing
 * zeros kept; {@code decimals}, when set, how many decimals (the downloads keep every digit); null
 * shows numbers as written. Years and integers are never rounded.
 */
public record Column(
    String key,
    Text label,
    Format format,
    String ref,
    Text unit,
    Map<String, Text> values,
    Integer digits,
    Integer decimals,
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
    if (decimals != null && decimals < 0) {
      throw new IllegalArgumentException("decimals must be at least 0, was " + decimals);
    }
  }

  /** A column whose numbers show {@code digits} significant digits (null: as written). */
  public Column(
      String key,
      Text label,
      Format format,
      String ref,
      Text unit,
      Map<String, Text> values,
      Integer digits,
      SourcePos pos) {
    this(key, label, format, ref, unit, values, digits, null, pos);
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
    this(key, label, format, ref, unit, values, null, null, pos);
  }

  /**
   * How a column's values are shown to readers. {@code YEAR}: a whole number without grouping
   * (2023); {@code INTEGER}: a whole number, grouped, never rounded; {@code TEXT}: as written, a
   * number too.
   */
  public enum Format {
    TEXT,
    NUMBER,
    INTEGER,
    YEAR,
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
