package dev.folio.model;

import java.util.Objects;

/** A citation: who said it, where to read it (optional), and when (optional, YYYY-MM-DD). */
public record Source(Text name, String url, String date) {
  public Source {
    Objects.requireNonNull(name, "name");
  }
}
