package dev.folio.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A published work: what the theme shows on its cover (its home page) and in its pages' footer, and
 * where it stands among a site's reports. A site publishes one report at its root ({@code
 * folio.yaml}'s {@code report:}, its pages in {@code content/FOLDER/}), or several, each in {@code
 * content/reports/SLUG/} with its metadata in {@code report.yaml}. Text is in every language of the
 * site.
 *
 * @param slug the report's folder name, which its addresses start with ({@code zh/SLUG/…}); empty
 *     for the report a site publishes at its root
 * @param series the name of the series it belongs to, or null
 * @param seriesId the id of its series among {@code folio.yaml}'s {@code series:}, or null (a
 *     report at the root names its series by its name only)
 * @param number its number in its series as printed, or null
 * @param institution who published it, or null
 * @param summary its abstract, or null
 * @param supersedes the slug of the earlier edition it replaces, or null, and where it says so
 * @param movedFromRoot whether its pages were published at the site's root before: their old
 *     addresses lead to the new ones
 * @param extensions the extensions that compute its content, with their settings
 * @param baseline the git revision (a tag, a commit) whose data is "as published", or null for the
 *     first commit that holds the report, and where it is named (or null)
 * @param pos where it is described ({@code report.yaml}, or {@code folio.yaml}'s {@code report:})
 */
public record Report(
    String slug,
    Text title,
    Text series,
    String seriesId,
    String number,
    List<Author> authors,
    Text institution,
    LocalDate date,
    Text summary,
    String supersedes,
    SourcePos supersedesPos,
    boolean movedFromRoot,
    Map<String, SiteConfig.ExtensionSettings> extensions,
    String baseline,
    SourcePos baselinePos,
    SourcePos pos) {
  public Report {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    Objects.requireNonNull(date, "date");
    extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    Objects.requireNonNull(pos, "pos");
  }

  /** Whether it is the one report a site publishes at its root. */
  public boolean atRoot() {
    return slug.isEmpty();
  }

  /** An author: the name, and optionally the role as printed beside it. */
  public record Author(Text name, Text role) {
    public Author {
      Objects.requireNonNull(name, "name");
    }
  }
}
