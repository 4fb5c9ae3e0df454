package dev.folio.output;

import dev.folio.model.Language;
import dev.folio.model.Series;
import dev.folio.model.Site;
import dev.folio.model.TaskRunner;
import dev.folio.render.RenderedFile;
import dev.folio.render.SitePages;
import java.util.ArrayList;
import java.util.List;

/**
 * What a site of several reports lists them on, in every language: its home ({@code FOLDER/}, every
 * report newest first), a page per series ({@code FOLDER/series/ID/}) and the stable address of
 * each series' latest report ({@code FOLDER/series/ID/latest/}). A site at its root has none: its
 * home is its report's.
 */
public final class ReportListings {
  private ReportListings() {}

  public static Output render(Site site, SitePages pages, TaskRunner tasks) {
    List<RenderedFile> rendered = new ArrayList<>();
    if (site.atRoot()) {
      return Output.rendered(rendered);
    }
    for (Language lang : site.languages()) {
      rendered.add(tasks.run(pages.homePageTask(lang)));
      for (Series series : site.config().series().values()) {
        rendered.add(tasks.run(pages.seriesPageTask(lang, series)));
        pages.latestPage(lang, series).ifPresent(rendered::add);
      }
    }
    return Output.rendered(rendered);
  }
}
