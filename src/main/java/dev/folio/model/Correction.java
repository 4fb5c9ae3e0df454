package dev.folio.model;

import java.util.Objects;

/**
 * An erratum: the row keeps the report's published value and this says what a source says instead.
 * {@code value} is null when the figure can only be flagged, not corrected.
 */
public record Correction(Value value, Text note, Source source, String confidence, SourcePos pos) {
  public Correction {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pos, "pos");
  }
}
