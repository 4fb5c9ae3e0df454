package dev.folio.output;

import dev.folio.model.Content;
import dev.folio.model.Language;
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
 * so every published link keeps working; its other files (PDFs, images, citation data) are there
 * again. (Its data files stay where they were: {@link DataDownloads}.)
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
        rendered.forEach(page -> page.file().ifPresent(file -> paths.add(file.path())));
        rendered.addAll(otherFiles(site, report, pages, written, paths));
      }
    }
    return Output.rendered(rendered);
  }

  /**
   * The report's other files at their old addresses: each folder's page (a chart's page, its embed)
   * leads to its new one; a file that is not a page (a PDF, an image, citation data), which no page
   * can lead to on a static host, is there again, the same bytes (made only when asked for).
   */
  private static List<RenderedFile> otherFiles(
      Site site, Content report, SitePages pages, List<OutputFile> written, Set<String> paths) {
    List<RenderedFile> files = new ArrayList<>();
    for (Language lang : site.languages()) {
      String folder = lang.folder() + "/";
      String moved = folder + report.slug() + "/";
      for (OutputFile file : written) {
        if (!file.path().startsWith(moved)) {
          continue;
        }
        String old = folder + file.path().substring(moved.length());
        if (paths.contains(old)) {
          continue;
        }
        if (old.endsWith("/index.html")) {
          String oldFolder = old.substring(0, old.length() - "index.html".length());
          String target = file.path().substring(0, file.path().length() - "index.html".length());
          files.add(pages.movedFolder(report, lang, oldFolder, target));
        } else {
          files.add(RenderedFile.of(OutputFile.deferred(old, file::bytes)));
        }
        paths.add(old);
      }
    }
    return files;
  }
}
