package dev.folio.output;

import dev.folio.model.Content;
import dev.folio.model.OutputFile;
import dev.folio.model.Site;
import dev.folio.render.RenderedFile;
import dev.folio.render.SitePages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The old addresses of a report that moved from the site's root into a site of several reports
 * ({@code movedFrom: /}): each of its pages' old addresses holds a page that leads to the new one,
 * so every published link keeps working. (Its data files stay where they were: {@link
 * DataDownloads}.)
 */
public final class MovedPages {
  private MovedPages() {}

  /**
   * @param written what the site holds already: an old address in use keeps its own page
   */
  public static Output render(Site site, SitePages pages, List<OutputFile> written) {
    Set<String> paths = new HashSet<>();
    written.forEach(file -> paths.add(file.path()));
    List<RenderedFile> rendered = new ArrayList<>();
    for (Content report : site.reports()) {
      if (report.report() != null && report.report().movedFromRoot()) {
        rendered.addAll(pages.movedPages(report, paths));
      }
    }
    return Output.rendered(rendered);
  }
}
