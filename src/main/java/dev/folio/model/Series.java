package dev.folio.model;

import java.util.Objects;

/**
 * A series of reports, as {@code folio.yaml}'s {@code series:} declares it: the reports that name
 * it are listed on its page, newest first, and its latest one has a stable address.
 *
 * @param id its key in {@code series:}, which reports name and its addresses use
 * @param name its name in every language
 * @param pos where it is declared
 */
public record Series(String id, Text name, SourcePos pos) {
  public Series {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pos, "pos");
  }
}
