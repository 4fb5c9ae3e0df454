package dev.folio.output;

import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Page;
import java.util.List;

/**
 * What hosts and crawlers read: {@code sitemap.xml} (every page in every language, each with its
 * translations), {@code robots.txt} (which points at it) and {@code .nojekyll} (GitHub Pages then
 * serves the site as it is).
 */
public final class HostingFiles {
  private HostingFiles() {}

  public static Output render(Content content, BaseUrl base) {
    return Output.of(
        List.of(
            OutputFile.text("sitemap.xml", sitemap(content, base)),
            OutputFile.text(
                "robots.txt",
                "User-agent: *\nAllow: /\n\nSitemap: " + base.url("sitemap.xml") + "\n"),
            OutputFile.text(".nojekyll", "")));
  }

  private static String sitemap(Content content, BaseUrl base) {
    StringBuilder xml =
        new StringBuilder()
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
            .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (Language lang : content.languages()) {
      for (Page page : content.pages(lang)) {
        xml.append("  <url>\n    <loc>")
            .append(escape(base.url(Page.sitePath(lang, page.key()))))
            .append("</loc>\n");
        for (Language alternate : content.languages()) {
          xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
              .append(alternate.code())
              .append("\" href=\"")
              .append(escape(base.url(Page.sitePath(alternate, page.key()))))
              .append("\"/>\n");
        }
        xml.append("  </url>\n");
      }
    }
    return xml.append("</urlset>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
