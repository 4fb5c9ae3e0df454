package dev.folio.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a data table. {@code fields} holds every field but {@code id}, {@code note} and {@code
 * corrections}, in file order; {@code id} may be null where a table needs none.
 */
public record Row(
    String id,
    SourcePos pos,
    Map<String, Cell> fields,
    Text note,
    Map<String, Correction> corrections) {
  public Row {
    Objects.requireNonNull(pos, "pos");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    corrections = Collections.unmodifiableMap(new LinkedHashMap<>(corrections));
  }

  public Optional<Cell> cell(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  public Optional<Value> value(String key) {
    return cell(key).map(Cell::value);
  }

  /** A number field the schema makes required; absent or non-numeric is a Folio bug. */
  public double number(String key) {
    if (value(key).orElse(null) instanceof Value.Num num) {
      return num.value().doubleValue();
    }
    throw new IllegalStateException(pos + ": row has no number field '" + key + "'");
  }

  /** A text field the schema makes required; absent or not plain text is a Folio bug. */
  public String string(String key) {
    if (value(key).orElse(null) instanceof Value.Str str) {
      return str.value();
    }
    throw new IllegalStateException(pos + ": row has no text field '" + key + "'");
  }

  /** A bilingual field the schema makes required; absent is a Folio bug. */
  public Text text(String key) {
    if (value(key).orElse(null) instanceof Value.Localized localized) {
      return localized.text();
    }
    throw new IllegalStateException(pos + ": row has no bilingual field '" + key + "'");
  }
}
