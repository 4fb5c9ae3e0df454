package dev.folio.render;

import dev.folio.model.Content;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Report;
import dev.folio.model.Site;
import dev.folio.render.view.EditionView;
import dev.folio.render.view.NavLink;
import java.util.HashMap;
import java.util.Map;

/**
 * The editions of a site's reports: which report supersedes which, and so which is the latest of a
 * line of editions. Links are made relative to the page that shows them.
 */
final class Editions {
  private final Map<String, Report> bySlug = new HashMap<>();

  /** The report that supersedes each report that has a newer edition, by the older one's slug. */
  private final Map<String, Report> newer = new HashMap<>();

  Editions(Site site) {
    for (Content content : site.reports()) {
      Report report = content.report();
      if (report != null) {
        bySlug.put(report.slug(), report);
      }
    }
    bySlug
        .values()
        .forEach(
            report -> {
              if (report.supersedes() != null) {
                newer.put(report.supersedes(), report);
              }
            });
  }

  /** Whether a newer edition replaces {@code report}. */
  boolean superseded(Report report) {
    return newer.containsKey(report.slug());
  }

  /** The latest edition of {@code report}'s line (itself, if none replaces it). */
  Report latest(Report report) {
    Report latest = report;
    for (int i = 0; i < bySlug.size() && newer.containsKey(latest.slug()); i++) {
      latest = newer.get(latest.slug());
    }
    return latest;
  }

  /**
   * Where {@code report} stands among its editions, for a page of it at {@code root}; null for a
   * report that is the only one of its line (and at a site's root).
   */
  EditionView edition(Report report, Language lang, String root) {
    if (report == null || report.atRoot()) {
      return null;
    }
    Report previous = report.supersedes() == null ? null : bySlug.get(report.supersedes());
    Report next = newer.get(report.slug());
    if (previous == null && next == null) {
      return null;
    }
    return new EditionView(
        next != null,
        cover(report, lang, root),
        cover(latest(report), lang, root),
        previous == null ? null : cover(previous, lang, root),
        next == null ? null : cover(next, lang, root));
  }

  /** A report's cover, linked from a page at {@code root}: its title in {@code lang}. */
  static NavLink cover(Report report, Language lang, String root) {
    return new NavLink(
        report.title().in(lang), root + Page.sitePath(lang, report.slug(), Page.HOME), false, null);
  }
}
