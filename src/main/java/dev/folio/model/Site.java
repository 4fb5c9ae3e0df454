package dev.folio.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole site as loaded: its configuration, its reports (one {@link Content} each, in the order
 * their folders sort; a site that publishes one report at its root has just that one), and what
 * loading noticed without being wrong ({@link Problem.Severity#NOTE}s, such as a report's own table
 * that is used instead of the site's of the same name).
 */
public record Site(SiteConfig config, List<Content> reports, List<Problem> notes) {
  public Site {
    Objects.requireNonNull(config, "config");
    reports = List.copyOf(reports);
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("a site has at least one report");
    }
    notes = List.copyOf(notes);
  }

  /** Whether it publishes one report at its root, its addresses those of a site without reports. */
  public boolean atRoot() {
    return reports.size() == 1 && reports.get(0).slug().isEmpty();
  }

  public List<Language> languages() {
    return config.languages();
  }

  /** The interface strings of every language, by folder: the same for every report. */
  public Map<String, InterfaceStrings> strings() {
    return reports.get(0).strings();
  }

  /** The files of {@code static/} by their path in the site. */
  public Set<String> staticFiles() {
    return reports.get(0).staticFiles();
  }

  /** The report with this slug. */
  public Optional<Content> report(String slug) {
    return reports.stream().filter(report -> report.slug().equals(slug)).findFirst();
  }

  /** The same site with its reports replaced (after extensions computed their tables). */
  public Site withReports(List<Content> reports) {
    return new Site(config, reports, notes);
  }
}
