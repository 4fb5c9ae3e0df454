package dev.folio.model;

import java.util.Objects;

/** A field's value and where it was written. */
public record Cell(Value value, SourcePos pos) {
  public Cell {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(pos, "pos");
  }
}
