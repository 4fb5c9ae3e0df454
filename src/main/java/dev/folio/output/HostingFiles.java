package dev.folio.output;

import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Page;
import dev.folio.model.Site;
import dev.folio.render.SitePages;
import java.util.List;

/**
 * What hosts and crawlers read: {@code sitemap.xml} (every page in every language, each with its
 * translations), {@code robots.txt} (which points at it) and {@code .nojekyll} (GitHub Pages then
 * serves the site as it is).
 */
public final class HostingFiles {
  private HostingFiles() {}

  public static Output render(Site site, BaseUrl base) {
    return Output.of(
        List.of(
            OutputFile.text("sitemap.xml", sitemap(site, base)),
            OutputFile.text(
                "robots.txt",
                "User-agent: *\nAllow: /\n\nSitemap: " + base.url("sitemap.xml") + "\n"),
            OutputFile.text(".nojekyll", "")));
  }

  /**
   * Every page of every report in every language (with its Changes page, if it has history), each
   * with its translations; in a site of several reports, its home and series pages first.
   */
  private static String sitemap(Site site, BaseUrl base) {
    StringBuilder xml =
        new StringBuilder()
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
            .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (Language lang : site.languages()) {
      if (!site.atRoot()) {
        url(xml, site, base, lang, "", Page.HOME);
        for (String series : site.config().series().keySet()) {
          url(xml, site, base, lang, "", SitePages.SERIES + "/" + series);
        }
      }
      for (Content report : site.reports()) {
        for (Page page : report.pages(lang)) {
          url(xml, site, base, lang, report.slug(), page.key());
        }
        if (report.history().baseline() != null) {
          url(xml, site, base, lang, report.slug(), Page.CHANGES);
        }
      }
    }
    return xml.append("</urlset>\n").toString();
  }

  private static void url(
      StringBuilder xml, Site site, BaseUrl base, Language lang, String slug, String key) {
    xml.append("  <url>\n    <loc>")
        .append(Xml.escape(base.url(Page.sitePath(lang, slug, key))))
        .append("</loc>\n");
    for (Language alternate : site.languages()) {
      xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
          .append(alternate.code())
          .append("\" href=\"")
          .append(Xml.escape(base.url(Page.sitePath(alternate, slug, key))))
          .append("\"/>\n");
    }
    xml.append("  </url>\n");
  }
}
