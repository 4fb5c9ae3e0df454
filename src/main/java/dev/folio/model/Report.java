package dev.folio.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the published work is, as {@code folio.yaml} describes it: the theme shows it on the cover
 * (the home page) and in every page's footer. Text is in every language of the site.
 *
 * @param series the series the work belongs to, or null
 * @param institution who published it, or null
 */
public record Report(
    Text title, Text series, List<Author> authors, Text institution, LocalDate date) {
  public Report {
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    Objects.requireNonNull(date, "date");
  }

  /** An author: the name, and optionally the role as printed beside it. */
  public record Author(Text name, Text role) {
    public Author {
      Objects.requireNonNull(name, "name");
    }
  }
}
