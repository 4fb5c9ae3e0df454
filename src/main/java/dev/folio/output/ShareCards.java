package dev.folio.output;

import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.TaskRunner;
import dev.folio.render.ChartPaths;
import dev.folio.render.Publishing;
import dev.folio.render.RenderedFile;
import dev.folio.render.Renderer;
import dev.folio.render.SitePages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Each page's share card ({@code card.png} in its folder): the 1200×630 image that the sites a page
 * is shared on show with its link, which its Open Graph and Twitter tags name. A content page's
 * shows its title, its report and its first chart; a chart's page, the chart; the pages of the site
 * (its home, series and search pages in a site of several reports) share the site's card, and
 * Folio's other pages of a report its cover's. Drawn from SVG (a task, {@code OUTPUT}), made as PNG
 * when first asked for. None for {@code publication: images: false}.
 */
public final class ShareCards {
  private ShareCards() {}

  public static Output render(
      List<Renderer> reports,
      SitePages site,
      List<Language> languages,
      Map<Language, PdfFonts.Fonts> fonts,
      Images images,
      TaskRunner tasks) {
    record Card(String path, Supplier<RenderedFile> svg) {}
    List<Card> cards = new ArrayList<>();
    for (Language lang : languages) {
      String families = fonts.get(lang).families();
      for (Renderer report : reports) {
        for (Page page : report.pages(lang)) {
          cards.add(
              new Card(
                  Publishing.card(page.sitePath()),
                  () -> tasks.run(report.cardTask(page, families)).file()));
        }
        for (String id : report.charts()) {
          cards.add(
              new Card(
                  Publishing.card(ChartPaths.pagePath(lang, report.content().slug(), id)),
                  () -> tasks.run(report.chartCardTask(id, lang, families)).file()));
        }
      }
      site.cardTask(lang, families)
          .ifPresent(task -> cards.add(new Card(SitePages.card(lang), () -> tasks.run(task))));
    }
    List<RenderedFile> rendered =
        cards.parallelStream()
            .map(
                card -> {
                  RenderedFile svg = card.svg().get();
                  return svg.file().isPresent()
                      ? images.png(svg.file().get(), card.path(), 1, tasks)
                      : svg;
                })
            .toList();
    return Output.rendered(rendered);
  }
}
