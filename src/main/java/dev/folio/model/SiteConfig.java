package dev.folio.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A site's {@code folio.yaml}: its languages (in the order the site lists them everywhere), the one
 * the chooser suggests, where it is published, its title, and the work it publishes.
 *
 * @param baseUrl where the site is published, or null for {@code /} (the {@code --base-url} flag
 *     wins over it)
 * @param series the series its reports belong to, by id, in the order {@code series:} lists them
 * @param report the work a site that publishes one report at its root describes here ({@code
 *     report:}), or null: a site of several reports describes each in its {@code report.yaml}, and
 *     a site need not be a report at all
 * @param extensions the extensions the site enables, by name, each with its settings as written (a
 *     site of several reports enables them per report)
 * @param publication its PDF editions, images and their fonts ({@code publication:})
 * @param history whether to read the reports' history from git ({@code history:}): null, as by
 *     default, reads it when the project is the top of its repository's work tree (a folder of a
 *     larger repository says {@code history: true} to read that repository's)
 */
public record SiteConfig(
    List<Language> languages,
    Language defaultLanguage,
    String baseUrl,
    Text title,
    Text description,
    Map<String, Series> series,
    Report report,
    Map<String, ExtensionSettings> extensions,
    Publication publication,
    Boolean history) {
  /** Where {@code folio.yaml} is, relative to the project. */
  public static final String PATH = "folio.yaml";

  public SiteConfig {
    languages = List.copyOf(languages);
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("a site has at least one language");
    }
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    if (!languages.contains(defaultLanguage)) {
      throw new IllegalArgumentException("the default language must be one of the languages");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
    extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    Objects.requireNonNull(publication, "publication");
  }

  public Optional<Report> reportIfAny() {
    return Optional.ofNullable(report);
  }

  /** The language whose pages are in {@code content/FOLDER/}. */
  public Optional<Language> language(String folder) {
    return languages.stream().filter(l -> l.folder().equals(folder)).findFirst();
  }

  /**
   * One extension's settings under {@code extensions:}: each value as written (text, a number
   * written as text, or a list of such), with where it was written.
   */
  public record ExtensionSettings(String name, Map<String, Setting> values, SourcePos pos) {
    public ExtensionSettings {
      Objects.requireNonNull(name, "name");
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      Objects.requireNonNull(pos, "pos");
    }
  }

  /** A setting's value as written, and where. */
  public record Setting(String value, SourcePos pos) {
    public Setting {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(pos, "pos");
    }
  }
}
