package dev.folio.output;

import dev.folio.model.Language;
import dev.folio.model.TaskRunner;
import dev.folio.render.RenderedFile;
import dev.folio.render.Renderer;
import dev.folio.render.SitePages;
import java.util.ArrayList;
import java.util.List;

/**
 * Folio's own pages in every language: the site's search page ({@code FOLDER/search/}, filled in by
 * {@code assets/search.js}) and each report's contents page (every page, section by section) and,
 * where its history was read, its Changes page (what changed in its data since it was published).
 */
public final class FolioPages {
  private FolioPages() {}

  public static Output render(
      SitePages site, List<Renderer> reports, List<Language> languages, TaskRunner tasks) {
    List<RenderedFile> rendered = new ArrayList<>();
    for (Language lang : languages) {
      rendered.add(tasks.run(site.searchPageTask(lang)));
      for (Renderer report : reports) {
        rendered.add(tasks.run(report.contentsPageTask(lang)));
        if (report.hasChanges()) {
          rendered.add(tasks.run(report.changesPageTask(lang)));
        }
      }
    }
    return Output.rendered(rendered);
  }
}
