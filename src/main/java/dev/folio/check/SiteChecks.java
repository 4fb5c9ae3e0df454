package dev.folio.check;

import dev.folio.model.Content;
import dev.folio.model.Problems;
import dev.folio.model.Report;
import dev.folio.model.Similarity;
import dev.folio.model.Site;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the reports of a site say of each other: the edition a report supersedes exists, editions
 * form one line (no report superseded twice, no circle), and at most one report moved from the
 * site's root.
 */
final class SiteChecks {
  private SiteChecks() {}

  static void check(Site site, Problems problems) {
    Map<String, Report> bySlug = new HashMap<>();
    site.reports().stream()
        .map(Content::report)
        .filter(report -> report != null)
        .forEach(report -> bySlug.put(report.slug(), report));
    Map<String, Report> supersededBy = new HashMap<>();
    Report moved = null;
    for (Content content : site.reports()) {
      Report report = content.report();
      if (report == null) {
        continue;
      }
      if (report.supersedes() != null) {
        checkSupersedes(report, bySlug, supersededBy, content.unread().reports(), problems);
      }
      if (report.movedFromRoot()) {
        if (moved != null) {
          problems.add(
              report.pos(),
              "two reports were published at the site's root: this one and " + moved.slug(),
              "keep movedFrom: / in the report.yaml of the one whose pages were there");
        }
        moved = report;
      }
    }
    checkNoCircle(bySlug, problems);
  }

  private static void checkSupersedes(
      Report report,
      Map<String, Report> bySlug,
      Map<String, Report> supersededBy,
      Set<String> unread,
      Problems problems) {
    String earlier = report.supersedes();
    if (!bySlug.containsKey(earlier) && unread.contains(earlier)) {
      // The earlier edition's folder did not load as a report; its problems say why.
      return;
    }
    if (!bySlug.containsKey(earlier) || earlier.equals(report.slug())) {
      problems.add(
          report.supersedesPos(),
          "\"supersedes\" names \"" + earlier + "\", which is not another report of this site",
          Similarity.closest(earlier, without(bySlug.keySet(), report.slug()))
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse("name the folder of the earlier edition in content/reports/"));
      return;
    }
    Report other = supersededBy.putIfAbsent(earlier, report);
    if (other != null) {
      problems.add(
          report.supersedesPos(),
          "\"" + earlier + "\" is superseded by " + other.slug() + " already",
          "an edition has one newer edition: supersede " + other.slug() + " instead");
    }
  }

  /**
   * Following {@code supersedes} from any report ends, rather than coming back to it: a circle is
   * reported once, at the first of its reports by slug.
   */
  private static void checkNoCircle(Map<String, Report> bySlug, Problems problems) {
    for (Report start : new TreeMap<>(bySlug).values()) {
      Set<String> seen = new TreeSet<>(List.of(start.slug()));
      Report at = start;
      while (at.supersedes() != null && bySlug.containsKey(at.supersedes())) {
        at = bySlug.get(at.supersedes());
        if (at == start && seen.iterator().next().equals(start.slug())) {
          problems.add(
              start.supersedesPos(),
              "the editions that " + start.slug() + " supersedes lead back to it",
              "each report supersedes an earlier one; check \"supersedes\" in their report.yaml");
        }
        if (!seen.add(at.slug())) {
          break;
        }
      }
    }
  }

  private static Set<String> without(Set<String> slugs, String slug) {
    Set<String> others = new HashSet<>(slugs);
    others.remove(slug);
    return others;
  }
}
