package dev.folio.model;

import java.util.List;
import java.util.Objects;

/** Where a table's figures come from and the date they describe. */
public record Provenance(List<Source> sources, String asOf, Text note) {
  public Provenance {
    sources = List.copyOf(sources);
    Objects.requireNonNull(asOf, "asOf");
  }
}
